// A click anywhere on an event row opens its article at that event.
document.addEventListener("click", (event) => {
  const row = event.target.closest("tr[data-href]");
  if (!row || event.target.closest("a")) return;
  window.location.assign(row.dataset.href);
});
