"""Runners that code streams of articles on one machine or on a cluster."""
