"""Converters that build the shipped data files from the MIT-licensed source dictionaries."""
