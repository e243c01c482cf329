"""Neo4j killed with SIGKILL in the middle of a load: the rerun gives the graph an
uninterrupted load gives (issue 4)."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from neo4j import GraphDatabase
from pydantic import SecretStr

from dcgraph import extraction
from dcgraph.database import ConnectionInfo, Graph
from dcgraph.errors import DcgraphError
from dcgraph.fingerprint import fingerprint
from dcgraph.loading import LoadSummary, load_paths
from dcgraph.neo4j_local import LocalNeo4j
from test_loading import ORGANIZATIONS, STATES, WEAPONS, sentences_extract, write

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]

DOCUMENTS = 3000
BATCH_SIZE = 40


def generate_corpus(folder: Path, documents: int, seed: int = 0) -> None:
    """Documents of three to eight statements each over a few states and systems, so that
    many facts are stated by several documents."""
    rng = random.Random(seed)
    states, weapons, organizations = list(STATES), list(WEAPONS), list(ORGANIZATIONS)
    for number in range(documents):
        sentences = []
        for _ in range(rng.randint(3, 8)):
            a, b = rng.sample(states, 2)
            status = rng.choice(["ordered", "delivered", "planned"])
            sentences.append(
                rng.choice(
                    [
                        f"{a} cooperates with {b} on {rng.choice(['training', 'cyber'])}.",
                        f"{a} buys {rng.choice(weapons)} from {b} ({status}).",
                        f"{a} supplies {b} with {rng.choice(weapons)}.",
                        f"{a} hosts an attaché of {b}.",
                        f"{a} is a member of {rng.choice(organizations)}.",
                        f"{a} is mentioned.",
                    ]
                )
            )
        date = f"{rng.randint(2010, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        write(folder, f"{number:05d}.txt", *sentences, date=date)


def documents_in(graph: Graph) -> int:
    return int(graph.read("MATCH (d:Document) RETURN count(d) AS n")[0]["n"])


def wait_for(condition: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def test_a_load_killed_with_neo4j_reruns_to_the_uninterrupted_graph(
    graph: Graph,
    make_local_neo4j: Callable[..., LocalNeo4j],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(extraction, "extract", sentences_extract)
    corpus = tmp_path / "corpus"
    generate_corpus(corpus, DOCUMENTS)

    local = make_local_neo4j()
    local.start()
    info = ConnectionInfo(local.bolt_uri, "neo4j", local_password(local), "neo4j", managed=True)
    # The loader's driver gives up a second after Neo4j is gone (by default it retries 30 s).
    driver = GraphDatabase.driver(
        info.uri,
        auth=(info.username, info.password.get_secret_value()),
        max_transaction_retry_time=1.0,
        connection_timeout=2.0,
    )
    loader = Graph(driver, info)
    outcome: list[LoadSummary | BaseException] = []

    def load() -> None:
        try:
            outcome.append(load_paths(loader, [corpus], batch_size=BATCH_SIZE, lock_timeout=2.0))
        except BaseException as exc:  # the test looks at it below
            outcome.append(exc)

    thread = threading.Thread(target=load)
    thread.start()
    with Graph.connect(info) as watcher:
        assert wait_for(lambda: documents_in(watcher) >= 300, timeout=300), "the load never began"
    assert local.kill()  # SIGKILL, in the middle of the load
    thread.join(timeout=180)
    loader.close()
    assert not thread.is_alive()
    assert isinstance(outcome[0], DcgraphError), outcome  # the load failed: Neo4j went away

    local.start()
    with Graph.connect(info) as restarted:
        survived = documents_in(restarted)
        assert 0 < survived < DOCUMENTS  # committed batches survived; the rest did not happen
        rerun = load_paths(restarted, [corpus], batch_size=BATCH_SIZE, lock_timeout=2.0, wait=120)
        assert rerun.failures == []
        assert (rerun.documents_unchanged, rerun.documents_new) == (survived, DOCUMENTS - survived)
        interrupted = restarted.read(
            "MATCH (r:LoadRun) RETURN r.status AS status ORDER BY r.started_at"
        )
        assert [row["status"] for row in interrupted] == ["interrupted", "ok"]
        after_crash = fingerprint(restarted)
        duplicates = restarted.read(
            "MATCH (a)-[r]->(b) WITH type(r) AS t, a, b, count(r) AS n WHERE n > 1 "
            "RETURN count(*) AS d"
        )
        assert duplicates == [{"d": 0}]

    uninterrupted = load_paths(graph, [corpus], batch_size=BATCH_SIZE)
    assert uninterrupted.documents_new == DOCUMENTS
    assert fingerprint(graph) == after_crash


def local_password(local: LocalNeo4j) -> SecretStr:
    return SecretStr(local.password())
