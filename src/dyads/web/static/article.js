// Choosing an event highlights its evidence in the text and scrolls it into view.
(() => {
  const text = document.getElementById("article-text");
  const cards = Array.from(document.querySelectorAll(".event-card[data-event]"));

  // Scroll only the given box (not the whole page) so that `target` sits a `part`th down it.
  function scrollWithin(box, target, part) {
    const offset = target.getBoundingClientRect().top - box.getBoundingClientRect().top;
    box.scrollTop += offset - box.clientHeight / part;
  }

  function choose(card, scroll) {
    for (const other of cards) {
      other.classList.toggle("chosen", other === card);
      other.setAttribute("aria-pressed", String(other === card));
    }
    for (const mark of text.querySelectorAll(".evidence-active")) {
      mark.classList.remove("evidence-active");
    }
    const id = card.dataset.event;
    const marks = text.querySelectorAll(`[data-events~="${CSS.escape(id)}"]`);
    for (const mark of marks) mark.classList.add("evidence-active");
    if (scroll && marks.length) scrollWithin(text, marks[0], 3);
    history.replaceState(null, "", `#event-${id}`);
  }

  for (const card of cards) {
    card.addEventListener("click", (event) => {
      if (!event.target.closest("a")) choose(card, true);
    });
    card.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        choose(card, true);
      }
    });
  }

  // Arriving from a result row (#event-ID) opens that event.
  const wanted = decodeURIComponent(window.location.hash.replace(/^#event-/, ""));
  const first = cards.find((card) => card.dataset.event === wanted);
  if (first) {
    choose(first, true);
    scrollWithin(first.closest(".event-list"), first, 8);
  }
})();
