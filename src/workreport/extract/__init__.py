"""Text to tables: the catalogue, reading and normalising, structure, numbers, figures,
and the tables they fill.

Imports neither ``workreport.runner`` nor ``workreport.book``.
"""
