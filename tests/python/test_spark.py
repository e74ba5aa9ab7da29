"""The Spark example (mapInPandas) gives the in-process results; runs when pyspark is there."""

import importlib.util
from pathlib import Path

import pandas as pd
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
        result = result.rename(columns={"group_id": typed.group_id_column})
    finally:
        spark.stop()
    local = eligo.evaluate(typed, persons, groups, "2025-06")
    got = normalized(result)
    want = normalized(local)
    assert list(got["status"].astype(str)) == list(want["status"].astype(str))
    assert list(got["amount_period"]) == list(want["amount_period"].astype(str))
    pd.testing.assert_series_equal(got["amount_cents"].astype("Int64"), want["amount_cents"], check_names=False)
    assert [str(a) if a is not None else None for a in got["amount"]] == [
        str(a) if a is not None else None for a in want["amount"]]
    assert [tuple(names) for names in got["failed_conditions"]] == list(want["failed_conditions"])
    assert [tuple(names) for names in got["missing_inputs"]] == list(want["missing_inputs"])
    assert (want["status"] == "undetermined").any() and want["failed_conditions"].map(len).gt(0).any()
