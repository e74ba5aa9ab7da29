"""The Spark example (mapInPandas) gives the in-process results; runs when pyspark is there."""

import importlib.util
from pathlib import Path

import pytest

pytest.importorskip("pyspark")

import eligo  # noqa: E402
from test_dask import normalized, population  # noqa: E402

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "spark_map_in_pandas.py"


def test_spark_map_in_pandas_equals_in_process(typed):
    spec = importlib.util.spec_from_file_location("spark_example", EXAMPLE)
    example = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(example)
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.master("local[2]").appName("eligo-test").getOrCreate()
    try:
        persons, groups = population(50)
        result = example.evaluate_with_spark(spark, typed, spark.createDataFrame(persons.astype({"date_naissance": str})),
                                             spark.createDataFrame(groups), "2025-06").toPandas()
    finally:
        spark.stop()
    local = eligo.evaluate(typed, persons, groups, "2025-06")
    got = normalized(result)
    want = normalized(local)
    assert list(got["status"].astype(str)) == list(want["status"].astype(str))
    assert list(got["amount_cents"]) == [int(v) if v == v else None for v in want["amount_cents"].astype(object)]
