"""Matrix products for the model's layers through NumPy's OpenBLAS, one thread per call.

Most of a CPU spaCy model's time is spent in thinc's `gemm`, which calls the `blis` library;
on processors blis does not know it falls back to generic kernels (`BLIS_ARCH_DEBUG=1`
prints "selecting sub-configuration 'generic'"), which can be about 2.8 times slower than
the OpenBLAS that NumPy ships. Routing `gemm` through `numpy.matmul` changes the order of
float additions, so a near-tie in the parser or tagger can now and then go the other way:
this is an option (`load_model(openblas=True)` or $DYADS_OPENBLAS=1), not the default.
Each product runs on one thread, like blis, so a worker process keeps to its own core.
Where NumPy's OpenBLAS cannot be pinned to one thread (another BLAS, an older OpenBLAS),
the model keeps blis.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from spacy.language import Language
from thinc.api import NumpyOps
from thinc.types import Floats2d

# Where NumPy's wheels keep their bundled OpenBLAS (Linux and Windows, macOS).
_BUNDLED_BLAS = ("../numpy.libs/*openblas*", ".dylibs/*openblas*")


@lru_cache(maxsize=1)
def _thread_setter() -> Callable[[int], int] | None:
    """OpenBLAS's `openblas_set_num_threads_local` (returns the previous count), if any."""
    numpy_dir = Path(np.__file__).parent
    for pattern in _BUNDLED_BLAS:
        for path in sorted(numpy_dir.glob(pattern)):
            try:
                library = ctypes.CDLL(str(path))
                setter = library.openblas_set_num_threads_local
            except (OSError, AttributeError):
                continue
            setter.argtypes = [ctypes.c_int]
            setter.restype = ctypes.c_int
            return setter
    return None


class OpenBlasOps(NumpyOps):  # type: ignore[misc]  # thinc's compiled class is untyped
    """thinc's NumPy operations, with matrix products by `numpy.matmul` on one thread."""

    def gemm(
        self,
        x: Floats2d,
        y: Floats2d,
        out: Floats2d | None = None,
        trans1: bool = False,
        trans2: bool = False,
    ) -> Floats2d:
        set_threads = _thread_setter()
        if set_threads is None:
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)  # type: ignore[no-any-return]
        left: Any = x.T if trans1 else x
        right: Any = y.T if trans2 else y
        target: Any = out
        previous = set_threads(1)
        try:
            product: Floats2d = np.matmul(left, right, out=target)
        finally:
            set_threads(previous)
        return product


def use_openblas_gemm(nlp: Language) -> bool:
    """Give every layer of `nlp` that runs on thinc's plain NumPy operations the OpenBLAS
    products instead; whether it could (False leaves the pipeline as it was)."""
    if _thread_setter() is None:
        return False
    ops = OpenBlasOps()
    for _name, component in nlp.pipeline:
        model: Any = getattr(component, "model", None)
        for node in model.walk() if hasattr(model, "walk") else ():
            # Only plain CPU operations: GPU or PyTorch-backed layers keep their own.
            if type(node.ops) is NumpyOps:
                node.ops = ops
    return True
