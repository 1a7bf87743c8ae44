"""Inline editing of a node's label, right on the map under the node."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPen, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem, QStyleOptionGraphicsItem, QWidget

from . import style
from .items import LABEL_PX, LABEL_TOP, NodeItem

EDITOR_WIDTH = 170.0
_FRAME = QPen(style.BLUE, 1.5)


class LabelEditor(QGraphicsTextItem):
    """Type the label: Enter (or clicking elsewhere) keeps it, Escape puts it back."""

    def __init__(self, node_item: NodeItem, on_done: Callable[[str | None], None]) -> None:
        super().__init__()
        self.node_id = node_item.node_id
        self._on_done = on_done
        self._finished = False
        self.setFont(style.font(LABEL_PX + 1))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setTextWidth(EDITOR_WIDTH)
        option = QTextOption(Qt.AlignmentFlag.AlignHCenter)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.setPlainText(node_item.node.label)
        self.setZValue(100)
        self.setPos(node_item.pos().x() - EDITOR_WIDTH / 2, node_item.pos().y() + LABEL_TOP - 3)

    def begin(self) -> None:
        """Take the keyboard with the whole label selected, so typing replaces it."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.textCursor()
        cursor.select(cursor.SelectionType.Document)
        self.setTextCursor(cursor)

    @property
    def finished(self) -> bool:
        return self._finished

    def commit(self) -> None:
        self._finish(self.toPlainText())

    def cancel(self) -> None:
        self._finish(None)

    def _finish(self, text: str | None) -> None:
        if not self._finished:
            self._finished = True
            self._on_done(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(event)
        event.accept()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(_FRAME)
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRoundedRect(QRectF(self.boundingRect()).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        super().paint(painter, option, widget)  # type: ignore[arg-type]  # stub: never None
