"""The study's worked example (DOMAIN.md) as a complete, realistic network.

A small network: five people, 75% of the week at home alone, a negative contact
in Mum, the CPN seen as a friend, the gym on prescription reached with a
practitioner's support, and a church where new contacts could grow.
"""

from __future__ import annotations

from datetime import date, timedelta
from uuid import uuid4

from .entities import (
    Client,
    ClientRecord,
    Goal,
    Link,
    NetworkMap,
    NextStep,
    Node,
    Referral,
    Supporter,
)
from .vocab import (
    Effect as E,
)
from .vocab import (
    Frequency as F,
)
from .vocab import (
    GoalStatus,
    GoalTheme,
    LinkKind,
    NodeKind,
    Profession,
    ReferralStatus,
    Role,
    Wants,
)

P, PL, A = NodeKind.PERSON, NodeKind.PLACE, NodeKind.ACTIVITY


def _nodes() -> tuple[Node, ...]:
    return (
        Node(
            id="mum",
            kind=P,
            label="Mum",
            category="family",
            ring=2,
            angle=40.0,
            effect=E.NEGATIVE,
            frequency=F.WEEKLY,
            wants=Wants.LESS,
            notes="Phone calls often end in arguments.",
        ),
        Node(
            id="jo",
            kind=P,
            label="Jo (friend)",
            category="friend",
            ring=1,
            angle=80.0,
            effect=E.POSITIVE,
            frequency=F.MONTHLY,
            wants=Wants.MORE,
        ),
        Node(
            id="pat",
            kind=P,
            label="Pat next door",
            category="neighbour",
            ring=3,
            angle=20.0,
            effect=E.NEUTRAL,
            frequency=F.WEEKLY,
        ),
        Node(
            id="cpn",
            kind=P,
            label="Alex (CPN)",
            category="practitioner",
            ring=1,
            angle=330.0,
            effect=E.POSITIVE,
            frequency=F.WEEKLY,
            profession=Profession.CPN,
            roles=(Role.NETWORK_MEMBER, Role.BRIDGE_BUILDER),
            notes="Seen as a friend.",
        ),
        Node(
            id="gp",
            kind=P,
            label="Dr Shah (GP)",
            category="practitioner",
            ring=3,
            angle=300.0,
            effect=E.NEUTRAL,
            frequency=F.RARELY,
            profession=Profession.GP,
            roles=(Role.BRIDGE_BUILDER,),
        ),
        Node(
            id="home",
            kind=PL,
            label="Home",
            category="home",
            ring=1,
            angle=200.0,
            effect=E.MIXED,
            frequency=F.DAILY,
            share_of_week=75,
            wants=Wants.LESS,
            notes="Mostly alone at home.",
        ),
        Node(
            id="gym",
            kind=PL,
            label="Gym (on prescription)",
            category="leisure",
            ring=3,
            angle=240.0,
            effect=E.POSITIVE,
            frequency=F.WEEKLY,
            share_of_week=3,
            wants=Wants.MORE,
        ),
        Node(
            id="surgery",
            kind=PL,
            label="GP practice",
            category="health",
            ring=3,
            angle=270.0,
            effect=E.NEUTRAL,
            frequency=F.MONTHLY,
        ),
        Node(
            id="church",
            kind=PL,
            label="St Mary's church",
            category="faith",
            ring=2,
            angle=150.0,
            effect=E.POSITIVE,
            frequency=F.WEEKLY,
            share_of_week=2,
            wants=Wants.MORE,
        ),
        Node(
            id="cafe",
            kind=PL,
            label="Corner café",
            category="shop or café",
            ring=3,
            angle=180.0,
            effect=E.POSITIVE,
            frequency=F.WEEKLY,
        ),
        Node(
            id="gardening",
            kind=A,
            label="Gardening",
            category="hobby",
            ring=2,
            angle=110.0,
            effect=E.POSITIVE,
            frequency=F.WEEKLY,
            wants=Wants.MORE,
        ),
        Node(
            id="walking",
            kind=A,
            label="Walking the dog",
            category="exercise",
            ring=2,
            angle=220.0,
            effect=E.POSITIVE,
            frequency=F.DAILY,
        ),
    )


def _links() -> tuple[Link, ...]:
    def link(i: str, s: str, t: str, k: LinkKind, note: str = "") -> Link:
        return Link(id=i, source=s, target=t, kind=k, note=note)

    return (
        link("l-gp-gym", "gp", "gym", LinkKind.ACCESS_SUPPORTED_BY, "Gym on prescription"),
        link("l-cpn-gym", "cpn", "gym", LinkKind.ACCESS_SUPPORTED_BY, "Went together at first"),
        link("l-gp-surgery", "gp", "surgery", LinkKind.ACCESS_THROUGH),
        link("l-cpn-home", "cpn", "home", LinkKind.ACCESS_SUPPORTED_BY, "Home visits"),
        link("l-jo-church", "jo", "church", LinkKind.ACCESS_THROUGH, "Jo goes on Sundays"),
        link("l-mum-home", "mum", "home", LinkKind.CONFLICT, "Arguments when Mum visits"),
        link("l-pat-walk", "pat", "walking", LinkKind.KNOWS),
    )


def _goals(today: date) -> tuple[Goal, ...]:
    return (
        Goal(
            id="g-gym",
            text="Try gym on prescription",
            theme=GoalTheme.PHYSICAL_HEALTH,
            node_ids=("gym", "gp"),
            supporters=(
                Supporter(node_id="gp", role=Role.BRIDGE_BUILDER),
                Supporter(node_id="cpn", role=Role.CO_PILOT),
            ),
            next_steps=(
                NextStep(text="Ask Dr Shah for the referral", done=True),
                NextStep(text="First session with Alex on Tuesday"),
            ),
            status=GoalStatus.ACTIVE,
            review_date=today + timedelta(weeks=6),
        ),
        Goal(
            id="g-church",
            text="Get to know a few people at church, maybe the coffee morning",
            theme=GoalTheme.ISOLATION_LONELINESS,
            node_ids=("church", "jo"),
            supporters=(Supporter(node_id="cpn", role=Role.MOTIVATOR),),
            next_steps=(NextStep(text="Go to coffee morning with Jo"),),
            status=GoalStatus.PLANNED,
            review_date=today + timedelta(weeks=12),
        ),
    )


def build_demo(today: date | None = None) -> ClientRecord:
    """A fresh copy of the worked example (new client and map ids each time)."""
    today = today or date.today()
    client = Client(id=uuid4(), display_name="Sam Taylor (example)", local_ref="DEMO-001")
    referral = Referral(
        id="r-gym",
        service="Active Lives gym on prescription",
        by_whom="Dr Shah (GP)",
        date=today,
        reason="Physical health and a reason to leave the house",
        status=ReferralStatus.MADE,
        follow_up=today + timedelta(weeks=6),
        node_id="gym",
        goal_id="g-gym",
    )
    network = NetworkMap(
        client_id=client.id,
        label="baseline",
        date=today,
        nodes=_nodes(),
        links=_links(),
        goals=_goals(today),
        referrals=(referral,),
        what_matters="Feeling less alone. Getting fitter. Seeing Jo more often.",
    )
    return ClientRecord(client=client, maps=(network,), current_map_id=network.id)
