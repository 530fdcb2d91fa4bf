"""The Qt side: the only place PySide6 is imported (qt_*.py modules, *Widget/*Window classes)."""
