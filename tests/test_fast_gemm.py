from __future__ import annotations

from typing import Any

import numpy as np
import pytest
import spacy
from spacy.language import Language
from spacy.training import Example
from thinc.api import NumpyOps

from dyads.fast_gemm import OpenBlasOps, _thread_setter, use_openblas_gemm


@pytest.mark.parametrize(("trans1", "trans2"), [(False, False), (True, False), (False, True)])
def test_products_match_thincs_own(trans1: bool, trans2: bool) -> None:
    rng = np.random.default_rng(7)
    x: Any = rng.standard_normal((40, 24), dtype=np.float32)
    y: Any = rng.standard_normal((24, 40) if not trans2 else (40, 24), dtype=np.float32)
    x = x.T.copy() if trans1 else x
    expected = NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    product: Any = OpenBlasOps().gemm(x, y, trans1=trans1, trans2=trans2)
    assert product.dtype == np.float32
    np.testing.assert_allclose(product, expected, rtol=1e-5, atol=1e-5)


def test_a_product_can_be_written_into_a_given_array() -> None:
    x: Any = np.arange(6, dtype=np.float32).reshape(2, 3)
    out: Any = np.zeros((2, 2), dtype=np.float32)
    result: Any = OpenBlasOps().gemm(x, x, out=out, trans2=True)
    assert result is out
    np.testing.assert_array_equal(out, [[5, 14], [14, 50]])


def test_the_thread_count_is_restored_after_a_product() -> None:
    set_threads = _thread_setter()
    if set_threads is None:
        pytest.skip("NumPy's BLAS is not a bundled OpenBLAS")
    before = set_threads(2)
    ones: Any = np.ones((3, 3), np.float32)
    OpenBlasOps().gemm(ones, ones)
    assert set_threads(before) == 2


def _tiny_tagger() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("tagger")
    example = Example.from_dict(nlp.make_doc("troops moved"), {"tags": ["NNS", "VBD"]})
    nlp.initialize(lambda: [example])
    return nlp


def test_every_cpu_layer_uses_the_openblas_products_when_asked() -> None:
    if _thread_setter() is None:
        pytest.skip("NumPy's BLAS is not a bundled OpenBLAS")
    nlp = _tiny_tagger()
    before = [token.tag_ for token in nlp("troops moved")]
    assert use_openblas_gemm(nlp)
    tagger: Any = nlp.get_pipe("tagger")
    model = tagger.model
    assert all(type(node.ops) is OpenBlasOps for node in model.walk())
    assert [token.tag_ for token in nlp("troops moved")] == before


def test_the_default_model_keeps_blis(nlp: Language) -> None:
    parser: Any = nlp.get_pipe("parser")
    assert type(parser.model.ops) is NumpyOps
