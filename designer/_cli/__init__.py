"""Sub-commands of ``card-designer``; one module each (``add_arguments`` + ``run``)."""
