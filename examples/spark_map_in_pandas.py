"""Evaluating a population held in Spark with eligo, through ``mapInPandas``.

mapInPandas hands each task an iterator of pandas DataFrames from *one* Spark DataFrame, so
the persons and their groups travel together: each person row carries its group's columns
(a join on the group id), rows are repartitioned by group id so that a household is never
split, and each batch is cut back into a persons frame and a groups frame for
eligo.evaluate. The pack is captured by the function and pickled by value to the executors.

    spark-submit examples/spark_map_in_pandas.py persons.csv groups.csv 2025-06
"""

from __future__ import annotations

import sys
from typing import Iterator

import pandas as pd

import eligo

RESULT_SCHEMA = ("group_id string, benefit string, status string, amount decimal(14,2), "
                 "amount_cents long, amount_period string, failed_conditions array<string>, missing_inputs array<string>")


def evaluate_with_spark(spark, pack: eligo.Pack | str, persons, groups, period: str, partitions: int | None = None):
    """persons and groups are Spark DataFrames with the columns eligo.evaluate expects."""
    pack = pack if isinstance(pack, eligo.Pack) else eligo.load_pack(pack)
    link = pack.group_id_column
    group_columns = [c for c in groups.columns if c != "id"]
    person_columns = [c for c in persons.columns if c != link]
    # Inputs are named uniquely across entities, so the join only needs the id renamed.
    joined = persons.join(groups.withColumnRenamed("id", link), on=link, how="left")
    joined = joined.repartition(partitions or spark.sparkContext.defaultParallelism, link)

    def evaluate_batches(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        # Arrow batches may cut a partition anywhere: gather the partition first, so each
        # household is whole.
        frame = pd.concat(list(batches), ignore_index=True)
        if frame.empty:
            return
        persons_frame = frame[[link, *person_columns]]
        groups_frame = frame[[link, *group_columns]].drop_duplicates(link).rename(columns={link: "id"})
        result = eligo.evaluate(pack, persons_frame, groups_frame, period)
        yield pd.DataFrame({
            "group_id": result[link].astype(str),
            "benefit": result["benefit"].astype(str),
            "status": result["status"].astype(str),
            "amount": result["amount"],
            "amount_cents": result["amount_cents"],  # nullable Int64: Arrow keeps <NA> as null
            "amount_period": result["amount_period"].astype(str),  # month or year
            "failed_conditions": result["failed_conditions"],
            "missing_inputs": result["missing_inputs"],
        })

    return joined.mapInPandas(evaluate_batches, schema=RESULT_SCHEMA)


def main(persons_csv: str, groups_csv: str, period: str, pack: str = "fr") -> None:
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("eligo").getOrCreate()
    persons = spark.read.csv(persons_csv, header=True)
    groups = spark.read.csv(groups_csv, header=True)
    evaluate_with_spark(spark, pack, persons, groups, period).show(truncate=False)
    spark.stop()


if __name__ == "__main__":
    main(*sys.argv[1:])
