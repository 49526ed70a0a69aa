"""The quote development set: annotations and the texts they point into."""
