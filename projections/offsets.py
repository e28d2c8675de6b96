"""Each projection's position in the log: the next offset per partition, in Postgres."""

import asyncpg
from aiokafka import TopicPartition


async def stored_offsets(pool: asyncpg.Pool, projection: str, topic: str) -> dict[int, int]:
    rows = await pool.fetch(
        "SELECT partition, next_offset FROM projection_offsets "
        "WHERE projection = $1 AND topic = $2",
        projection,
        topic,
    )
    return {row["partition"]: row["next_offset"] for row in rows}


async def lock_position(
    conn: asyncpg.Connection, projection: str, partition: TopicPartition
) -> int | None:
    """The stored next offset (None: from the start), locked until the transaction ends.

    Every batch takes this lock before it writes anything, and a rebuild locks the
    whole table first, so the two never interleave (and never deadlock).
    """
    stored: int | None = await conn.fetchval(
        """SELECT next_offset FROM projection_offsets
           WHERE projection = $1 AND topic = $2 AND partition = $3
           FOR UPDATE""",
        projection,
        partition.topic,
        partition.partition,
    )
    return stored


async def store_position(
    conn: asyncpg.Connection, projection: str, partition: TopicPartition, next_offset: int
) -> None:
    await conn.execute(
        """INSERT INTO projection_offsets (projection, topic, partition, next_offset)
           VALUES ($1, $2, $3, $4)
           ON CONFLICT (projection, topic, partition)
           DO UPDATE SET next_offset = EXCLUDED.next_offset""",
        projection,
        partition.topic,
        partition.partition,
        next_offset,
    )


async def lock_for_rebuild(conn: asyncpg.Connection) -> None:
    """Wait for the batch in flight, then hold every batch off until the transaction ends.

    EXCLUSIVE conflicts with the row locks a batch takes (FOR UPDATE) but lets plain
    reads of the positions through.
    """
    await conn.execute("LOCK TABLE projection_offsets IN EXCLUSIVE MODE")


async def forget(conn: asyncpg.Connection, projection: str) -> None:
    await conn.execute("DELETE FROM projection_offsets WHERE projection = $1", projection)
