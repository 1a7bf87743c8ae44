"""The map canvas: pure geometry (``geometry``), graphics items, the scene and the view.

Import the Qt parts from their modules (``canvas.view.MapView``, ``canvas.scene.MapScene``);
this package itself imports nothing, so ``canvas.geometry`` stays free of Qt.
"""
