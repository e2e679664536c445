"""What tests share besides fixtures: card builders, paths, small drivers of the UI.

Fixtures live in the ``conftest.py`` files (pytest finds them by name); everything a test
imports lives here, one module per area, so no test imports from a conftest. The modules
that need Qt (``qt``, ``render``, ``ui``, ``send_ui``) are imported only by Qt tests: the
card-format, client, sandbox and store tests run without Qt.
"""
