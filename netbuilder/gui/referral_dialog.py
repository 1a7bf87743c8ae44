"""The "Signpost / refer" form: one referral, new or edited, in under a minute.

Built for a GP's ten-minute appointment: the service field has the focus and
completes from the local services directory as it is typed, the date is today
and "by whom" is the practitioner's own name from Preferences, so recording a
referral is: open the form, type the service, press Record. Everything else
(reason, status, follow-up, outcome, the place or activity on the map, the goal)
is there to fill in now or later.

When the service comes from the directory and no place or activity is linked,
"Add to the map as" puts it on the client's map (outer ring) in the same undo step.
The dialog only builds values; ``referral_edit`` turns them into one map edit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QDate, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from netbuilder.model import (
    NetworkMap,
    Node,
    NodeKind,
    Referral,
    ReferralStatus,
    describe,
    new_id,
    ops,
)
from netbuilder.model.directory import (
    Service,
    find_service,
    suggested_kind,
    suggested_place_category,
)

from .canvas.geometry import free_angle
from .fields import set_message, vocabulary
from .forms import child, load_form

FOLLOW_UP_AFTER = timedelta(weeks=4)
MAX_GOAL_TEXT = 60


def tr(text: str) -> str:
    return QCoreApplication.translate("Referrals", text)


def kind_text(kind: NodeKind) -> str:
    return {NodeKind.PERSON: tr("person"), NodeKind.PLACE: tr("place"),
            NodeKind.ACTIVITY: tr("activity")}[kind]


def service_details(service: Service) -> str:
    """One line about a directory service: its type, contact and address."""
    parts = [service.type, service.contact, " ".join(service.address.split())]
    return " \u00b7 ".join(p for p in parts if p)


def map_node_for(service: Service, network: NetworkMap, kind: NodeKind) -> Node:
    """A new place or activity for ``service`` in the map's outer ring, at a clear angle."""
    ring = network.rings
    taken = [n.angle for n in network.nodes if n.ring == ring]
    category = suggested_place_category(service) if kind is NodeKind.PLACE else "other"
    return Node(id=new_id("n"), kind=kind, label=service.name, category=category, ring=ring,
                angle=free_angle(taken, ring, kind))


def referral_edit(referral: Referral, new_node: Node | None = None, editing: bool = False
                  ) -> Callable[[NetworkMap], NetworkMap]:
    """The map edit that records ``referral`` (adding ``new_node`` first, if any), or that
    replaces the referral with the same id when ``editing``."""

    def edit(m: NetworkMap) -> NetworkMap:
        if editing:
            changes = {k: getattr(referral, k) for k in type(referral).model_fields if k != "id"}
            return ops.update_referral(m, referral.id, **changes)
        if new_node is not None:
            m = ops.add_node(m, new_node)
        return ops.add_referral(m, referral)

    return edit


class ReferralDialog(QDialog):
    """Record a new referral, or edit one (``referral``) already on the map.

    After ``accept``, ``referral`` holds the referral and ``new_node`` the place or
    activity to add with it (or None).
    """

    def __init__(self, network: NetworkMap, services: Sequence[Service], by_whom: str = "",
                 *, referral: Referral | None = None, node_id: str | None = None,
                 goal_id: str | None = None, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referralDialog")
        self._network = network
        self._services = list(services)
        self._editing = referral is not None
        self.referral: Referral | None = referral
        self.new_node: Node | None = None
        self._offer_add = False
        self.setWindowTitle(tr("Edit referral") if self._editing else tr("Signpost / refer"))
        self.setMinimumWidth(520)
        form = load_form("referral", self)
        self.service = child(form, QComboBox, "serviceCombo")
        self.service_info = child(form, QLabel, "serviceInfoLabel")
        self.date = child(form, QDateEdit, "dateEdit")
        self.by_whom = child(form, QLineEdit, "byWhomEdit")
        self.status = child(form, QComboBox, "statusCombo")
        self.reason = child(form, QPlainTextEdit, "reasonEdit")
        self.follow_up_check = child(form, QCheckBox, "followUpCheck")
        self.follow_up = child(form, QDateEdit, "followUpEdit")
        self.outcome = child(form, QPlainTextEdit, "outcomeEdit")
        self.node = child(form, QComboBox, "nodeCombo")
        self.add_row = child(form, QWidget, "addToMapRow")
        self.add_to_map = child(form, QCheckBox, "addToMapCheck")
        self.add_kind = child(form, QComboBox, "addKindCombo")
        self.goal = child(form, QComboBox, "goalCombo")
        self.message = child(form, QLabel, "messageLabel")
        self.buttons = child(form, QDialogButtonBox, "buttonBox")
        self._fill(today or date.today(), by_whom, node_id, goal_id)
        self._connect()
        self._update_service()
        self.service.setFocus()

    # filling -----------------------------------------------------------------

    def _fill(self, today: date, by_whom: str, node_id: str | None, goal_id: str | None) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Save") if self._editing else tr("Record"))
        ok.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        line = self.service.lineEdit()
        if line is not None:
            line.setMaxLength(200)
            line.setPlaceholderText(tr("Type or choose a service"))
        for service in self._services:
            self.service.addItem(service.name, str(service.id))
        for status in ReferralStatus:
            self.status.addItem(vocabulary(status.value), status.value)
        self.add_kind.addItem(tr("a place"), NodeKind.PLACE.value)
        self.add_kind.addItem(tr("an activity"), NodeKind.ACTIVITY.value)
        r = self.referral
        start = r.date if r is not None else today
        self.date.setDate(_qdate(start))
        follow = r.follow_up if r is not None and r.follow_up else start + FOLLOW_UP_AFTER
        self.follow_up.setMinimumDate(_qdate(start))
        self.follow_up.setDate(_qdate(max(follow, start)))
        self.follow_up_check.setChecked(r is not None and r.follow_up is not None)
        self.follow_up.setEnabled(self.follow_up_check.isChecked())
        if r is not None:
            node_id, goal_id = r.node_id, r.goal_id
            self.by_whom.setText(r.by_whom)
            self.status.setCurrentIndex(self.status.findData(r.status.value))
            self.reason.setPlainText(r.reason)
            self.outcome.setPlainText(r.outcome)
        else:
            self.by_whom.setText(by_whom)
        self._fill_nodes(node_id)
        self._fill_goals(goal_id)
        with QSignalBlocker(self.service):
            self.service.setCurrentIndex(-1)
            self.service.setEditText(r.service if r is not None else "")

    def _fill_nodes(self, node_id: str | None) -> None:
        self.node.addItem(tr("not linked"), "")
        shown = [n for n in self._network.nodes
                 if n.kind is not NodeKind.PERSON or n.id == node_id]
        for n in sorted(shown, key=lambda n: (n.kind is NodeKind.PERSON, n.label.casefold())):
            self.node.addItem(f"{n.label} ({kind_text(n.kind)})", n.id)
        self.node.setCurrentIndex(max(0, self.node.findData(node_id or "")))

    def _fill_goals(self, goal_id: str | None) -> None:
        self.goal.addItem(tr("no goal"), "")
        for g in self._network.goals:
            text = " ".join(g.text.split())
            if len(text) > MAX_GOAL_TEXT:
                text = text[: MAX_GOAL_TEXT - 1] + "\u2026"
            self.goal.addItem(text, g.id)
            self.goal.setItemData(self.goal.count() - 1, g.text, Qt.ItemDataRole.ToolTipRole)
        self.goal.setCurrentIndex(max(0, self.goal.findData(goal_id or "")))

    def _connect(self) -> None:
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        self.service.editTextChanged.connect(self._update_service)
        self.node.currentIndexChanged.connect(self._update_service)
        self.follow_up_check.toggled.connect(self.follow_up.setEnabled)
        self.date.dateChanged.connect(self._date_changed)

    # reacting -------------------------------------------------------------------

    def chosen_service(self) -> Service | None:
        """The directory service the service field names, if it names one."""
        return find_service(self._services, self.service.currentText())

    def _update_service(self, *_: object) -> None:
        service = self.chosen_service()
        self.service_info.setText(service_details(service) if service else "")
        self.service_info.setVisible(bool(self.service_info.text()))
        offer = service is not None and not self._editing and not self.node.currentData()
        if offer and service is not None:
            kind = suggested_kind(service)
            with QSignalBlocker(self.add_kind):
                self.add_kind.setCurrentIndex(self.add_kind.findData(kind.value))
        self._offer_add = offer
        self.add_row.setVisible(offer)

    def _date_changed(self, day: QDate) -> None:
        self.follow_up.setMinimumDate(day)

    # finishing -------------------------------------------------------------------

    def _accept_if_valid(self) -> None:
        text = " ".join(self.service.currentText().split())
        if not text:
            set_message(self.message, tr("Type the service, or choose one from the list."))
            self.service.setFocus()
            return
        day = _pydate(self.date.date())
        follow = _pydate(self.follow_up.date()) if self.follow_up_check.isChecked() else None
        if follow is not None and follow < day:
            set_message(self.message, tr("The follow-up date is before the referral date."))
            self.follow_up.setFocus()
            return
        service = self.chosen_service()
        if service is not None:
            text = service.name  # the directory's spelling
        node_id = str(self.node.currentData() or "") or None
        new_node = None
        if self._offer_add and self.add_to_map.isChecked() and service is not None:
            new_node = map_node_for(service, self._network,
                                    NodeKind(str(self.add_kind.currentData())))
            node_id = new_node.id
        try:
            referral = Referral(
                id=self.referral.id if self.referral is not None else new_id("r"),
                service=text,
                by_whom=self.by_whom.text(),
                date=day,
                reason=self.reason.toPlainText(),
                status=ReferralStatus(str(self.status.currentData())),
                follow_up=follow,
                outcome=self.outcome.toPlainText(),
                node_id=node_id,
                goal_id=str(self.goal.currentData() or "") or None,
            )
        except ValidationError as e:
            set_message(self.message, tr("Not saved: {problem}").format(problem=describe(e)))
            return
        self.referral, self.new_node = referral, new_node
        self.accept()

    def edit(self) -> Callable[[NetworkMap], NetworkMap]:
        """The map edit for what was accepted (``ValueError`` before that)."""
        if self.referral is None or self.result() != QDialog.DialogCode.Accepted:
            raise ValueError("the referral form was not accepted")
        return referral_edit(self.referral, self.new_node, self._editing)

    @property
    def editing(self) -> bool:
        return self._editing


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


__all__ = ["ReferralDialog", "map_node_for", "referral_edit", "service_details"]
