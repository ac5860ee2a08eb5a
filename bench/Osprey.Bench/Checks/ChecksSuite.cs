namespace Osprey.Bench.Checks;

/// <summary>The 20-check suite of the benchmark, in the suite file format; bench/peers/checks_pandas.py performs the same checks.</summary>
internal static class ChecksSuite
{
    public const string Yaml = """
        suite: bench
        checks:
          - row_count: { min: 1000 }
          - not_null: order_id
          - unique: order_id
          - not_null: a0
          - not_null: { column: a1, mostly: 0.95 }
          - in_range: { column: a2, min: 0, max: 100 }
          - positive: a3
          - allowed_values: { column: region, values: [north, south, east, west, central] }
          - allowed_values: { column: plan, values: [basic, pro, enterprise] }
          - regex: { column: status, pattern: '^[a-z]+$' }
          - schema: { columns: { order_id: identifier, a0: numeric, region: categorical, created: datetime } }
          - freshness: { column: created, max_age: 31d }
          - mean: { column: a4, min: 400, max: 600 }
          - median: { column: a5, min: 400, max: 600 }
          - stddev: { column: a6, min: 200, max: 400 }
          - quantile: { column: a7, q: 0.95, min: 900, max: 1000 }
          - distinct_count: { column: region, min: 5, max: 5 }
          - expression: { expr: "a8 >= a9 - 50", mostly: 0.5 }
          - in_range: { column: a1, min: 0, max: 1000 }
          - not_null: created
        """;
}
