-- Table-driven lineage cases for SqlLineageCasesTests.
--
-- Each case starts with a line "-- ==== <title>", followed by expectation lines "-- key: value":
--   kind       StatementKind
--   targets    qualified names, in order ("-" for none)
--   sources    qualified names, sorted as TableName sorts them ("-" for none)
--   state      STATEFUL | STATELESS (SqlAnalyzer.stateForm(analysis, null))
--   signals    StateSignal names, any order ("-" for none); optional
--   joins      regular left right inner outer; optional
--   key        primary key columns; optional ("-" for none)
--   changelog  the changelog mode; optional ("-" for none)
--   fallback   line:column of each expected fallback warning ("-" or absent: no problem at all)
--   lexical    "differs: <why>" when the lexical scanner alone cannot get the same result
-- The SQL of a case is the text after its expectation lines; its line 1 is the first line there.

-- ==== comments and strings never produce references
-- kind: INSERT
-- targets: out_t
-- sources: src
-- state: STATELESS
-- signals: -
-- joins: 0 0 0 0 0
INSERT INTO out_t
SELECT id,
       'select * from y' AS s,       -- FROM fake_table JOIN x ON 1 = 1
       'it''s FROM x JOIN z GROUP BY k' AS t
/* FROM fake_table
   LEFT JOIN x ON a = b GROUP BY c OVER (PARTITION BY d) */
FROM src
WHERE note <> 'x -- not a comment /* nor this */'

-- ==== SET statements before the INSERT
-- kind: INSERT
-- targets: fct_orders
-- sources: src_orders
-- state: STATELESS
SET 'sql.state-ttl' = '1 d';
SET 'client.statement-name' = 'dml-fct-orders';
INSERT INTO fct_orders SELECT * FROM src_orders WHERE amount > 0;

-- ==== a derived table alone keeps no state
-- kind: INSERT
-- targets: t
-- sources: s
-- state: STATELESS
-- signals: -
INSERT INTO t SELECT x.id FROM (SELECT id FROM s WHERE id > 0) AS x

-- ==== a CTE shadows a real table name, whose body reads the real table
-- kind: INSERT
-- targets: enriched
-- sources: orders
-- state: STATELESS
INSERT INTO enriched
WITH orders AS (SELECT * FROM orders WHERE amount > 0)
SELECT o.id FROM orders o

-- ==== a CTE name is not a source
-- kind: QUERY
-- targets: -
-- sources: raw_customers
-- state: STATELESS
WITH customers AS (SELECT * FROM raw_customers)
SELECT * FROM customers

-- ==== a CTE shadows only inside its scope
-- kind: INSERT
-- targets: t
-- sources: a, c
-- state: STATELESS
-- lexical: differs: the scanner sees a CTE name until the statement ends
INSERT INTO t
SELECT * FROM (WITH c AS (SELECT * FROM a) SELECT * FROM c) AS x
UNION ALL
SELECT * FROM c

-- ==== nested CTEs
-- kind: INSERT
-- targets: t
-- sources: src1, src2
-- state: STATEFUL
-- signals: JOIN
-- joins: 1 0 0 0 0
INSERT INTO t
WITH a AS (SELECT * FROM src1),
     b AS (WITH inner_c AS (SELECT a.id FROM a JOIN src2 ON a.id = src2.id)
           SELECT * FROM inner_c)
SELECT * FROM b

-- ==== catalog.db.table names and backticks with dashes
-- kind: INSERT
-- targets: prod.sales.fct-orders
-- sources: db2.dim_x, prod.raw.my-topic
-- state: STATEFUL
-- joins: 1 0 0 0 0
INSERT INTO `prod`.`sales`.`fct-orders`
SELECT t.id FROM `prod`.`raw`.`my-topic` AS t
JOIN db2.dim_x AS d ON t.id = d.id

-- ==== reserved words as backticked names
-- kind: INSERT
-- targets: order
-- sources: group
-- state: STATELESS
INSERT INTO `order` SELECT `select`, `from` FROM `group`

-- ==== temporal join with an alias
-- kind: INSERT
-- targets: enriched_orders
-- sources: customers, orders
-- state: STATEFUL
-- signals: TEMPORAL_JOIN
-- joins: 0 1 0 0 0
INSERT INTO enriched_orders
SELECT o.id, c.name
FROM orders AS o
LEFT JOIN customers FOR SYSTEM_TIME AS OF o.`$rowtime` AS c
  ON o.customer_id = c.id

-- ==== lookup join on processing time
-- kind: INSERT
-- targets: enriched
-- sources: dim_db.products, orders
-- state: STATEFUL
-- signals: TEMPORAL_JOIN
-- joins: 1 0 0 0 0
INSERT INTO enriched
SELECT o.id, p.name
FROM orders AS o
JOIN dim_db.products FOR SYSTEM_TIME AS OF o.proc_time AS p ON o.product_id = p.id

-- ==== interval join written with JOIN
-- kind: INSERT
-- targets: paid_orders
-- sources: orders, payments
-- state: STATEFUL
-- signals: JOIN
-- joins: 1 0 0 0 0
INSERT INTO paid_orders
SELECT o.id, p.paid_at
FROM orders o
JOIN payments p
  ON o.id = p.order_id
 AND p.ts BETWEEN o.ts AND o.ts + INTERVAL '1' HOUR

-- ==== interval join written as a comma join
-- kind: QUERY
-- targets: -
-- sources: orders, shipments
-- state: STATEFUL
-- signals: JOIN
-- joins: 0 0 0 0 0
SELECT o.id
FROM orders o, shipments s
WHERE o.id = s.order_id AND o.ts BETWEEN s.ts - INTERVAL '4' HOUR AND s.ts

-- ==== LATERAL TABLE with a UDTF is a function, not a table nor a join
-- kind: INSERT
-- targets: words
-- sources: docs
-- state: STATELESS
-- signals: -
-- joins: 0 0 0 0 0
INSERT INTO words
SELECT d.id, w.word FROM docs AS d, LATERAL TABLE(split_words(d.body)) AS w(word)

-- ==== LEFT JOIN LATERAL TABLE ON TRUE is not counted
-- kind: QUERY
-- targets: -
-- sources: docs
-- state: STATELESS
-- joins: 0 0 0 0 0
SELECT d.id, w.word FROM docs d LEFT JOIN LATERAL TABLE(split_words(d.body)) AS w(word) ON TRUE

-- ==== UNNEST with CROSS JOIN
-- kind: INSERT
-- targets: order_items
-- sources: orders
-- state: STATELESS
-- signals: -
-- joins: 0 0 0 0 0
INSERT INTO order_items
SELECT o.id, i.sku
FROM orders AS o
CROSS JOIN UNNEST(o.items) AS i(sku)

-- ==== MATCH_RECOGNIZE
-- kind: INSERT
-- targets: alerts
-- sources: ticker
-- state: STATEFUL
-- signals: MATCH_RECOGNIZE
INSERT INTO alerts
SELECT *
FROM ticker
MATCH_RECOGNIZE (
  PARTITION BY symbol
  ORDER BY rowtime
  MEASURES START_ROW.rowtime AS start_ts, LAST(PRICE_DOWN.rowtime) AS bottom_ts
  ONE ROW PER MATCH
  AFTER MATCH SKIP TO LAST PRICE_UP
  PATTERN (START_ROW PRICE_DOWN+ PRICE_UP)
  DEFINE
    PRICE_DOWN AS PRICE_DOWN.price < START_ROW.price,
    PRICE_UP AS PRICE_UP.price > START_ROW.price
) AS mr

-- ==== ROW_NUMBER dedup
-- kind: INSERT
-- targets: dedup_orders
-- sources: raw_orders
-- state: STATEFUL
-- signals: OVER
INSERT INTO dedup_orders
SELECT id, amount
FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY id ORDER BY `$rowtime` DESC) AS row_num
  FROM raw_orders
)
WHERE row_num = 1

-- ==== statement set with two inserts
-- kind: STATEMENT_SET
-- targets: big_orders, small_orders
-- sources: orders
-- state: STATELESS
EXECUTE STATEMENT SET
BEGIN
  INSERT INTO big_orders SELECT * FROM orders WHERE amount >= 100;
  INSERT INTO small_orders SELECT * FROM orders WHERE amount < 100;
END;

-- ==== SQL client statement set
-- kind: STATEMENT_SET
-- targets: a, b
-- sources: s1, s2
-- state: STATEFUL
-- signals: GROUP_BY
BEGIN STATEMENT SET;
INSERT INTO a SELECT * FROM s1;
INSERT INTO b SELECT k, COUNT(*) FROM s2 GROUP BY k;
END;

-- ==== CREATE TABLE AS SELECT
-- kind: CREATE_TABLE_AS
-- targets: order_counts
-- sources: orders
-- state: STATEFUL
-- signals: GROUP_BY
-- key: customer_id
-- changelog: append
CREATE TABLE order_counts (PRIMARY KEY (customer_id) NOT ENFORCED)
WITH ('changelog.mode' = 'append')
AS SELECT customer_id, COUNT(*) AS n FROM orders GROUP BY customer_id

-- ==== CREATE OR REPLACE TABLE AS SELECT
-- kind: CREATE_TABLE_AS
-- targets: big_orders
-- sources: orders
-- state: STATELESS
CREATE OR REPLACE TABLE big_orders AS SELECT * FROM orders WHERE amount > 100

-- ==== CREATE MATERIALIZED TABLE
-- kind: CREATE_MATERIALIZED_TABLE
-- targets: customer_orders
-- sources: customers, orders
-- state: STATEFUL
-- joins: 0 0 0 1 0
CREATE MATERIALIZED TABLE customer_orders
FRESHNESS = INTERVAL '1' MINUTE
AS SELECT c.id, o.amount FROM orders o INNER JOIN customers c ON o.customer_id = c.id

-- ==== DDL with upsert changelog mode and a distribution
-- kind: CREATE_TABLE
-- targets: dim_customers
-- sources: -
-- state: STATEFUL
-- signals: -
-- key: id
-- changelog: upsert
CREATE TABLE IF NOT EXISTS dim_customers (
  id STRING NOT NULL,
  name STRING,
  PRIMARY KEY (id) NOT ENFORCED
) DISTRIBUTED BY HASH(id) INTO 1 BUCKETS
WITH (
  'changelog.mode' = 'UPSERT',
  'value.format' = 'avro-registry',
  'kafka.retention.time' = '0'
)

-- ==== DDL with a column primary key and retract mode
-- kind: CREATE_TABLE
-- targets: t
-- sources: -
-- state: STATEFUL
-- key: id
-- changelog: retract
CREATE TABLE t (id INT PRIMARY KEY NOT ENFORCED, v STRING)
DISTRIBUTED BY (id) INTO 3 BUCKETS
WITH ('changelog.mode' = 'retract')

-- ==== DDL with append mode is stateless
-- kind: CREATE_TABLE
-- targets: src_orders
-- sources: -
-- state: STATELESS
-- key: -
-- changelog: append
CREATE TABLE src_orders (
  id STRING,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('changelog.mode' = 'append', 'connector' = 'kafka')

-- ==== CREATE TABLE LIKE another table
-- kind: CREATE_TABLE
-- targets: orders_copy
-- sources: db.orders
-- state: STATELESS
CREATE TABLE orders_copy WITH ('kafka.retention.time' = '0') LIKE db.orders (EXCLUDING OPTIONS)

-- ==== INSERT OVERWRITE
-- kind: INSERT
-- targets: snapshot_t
-- sources: src
-- state: STATELESS
INSERT OVERWRITE snapshot_t SELECT * FROM src

-- ==== TUMBLE window TVF
-- kind: INSERT
-- targets: per_minute
-- sources: clicks
-- state: STATEFUL
-- signals: WINDOW_TVF, GROUP_BY
INSERT INTO per_minute
SELECT window_start, window_end, COUNT(*) AS n
FROM TABLE(TUMBLE(TABLE clicks, DESCRIPTOR(`$rowtime`), INTERVAL '1' MINUTE))
GROUP BY window_start, window_end

-- ==== HOP window TVF with named arguments
-- kind: QUERY
-- targets: -
-- sources: bids
-- state: STATEFUL
-- signals: WINDOW_TVF
SELECT *
FROM TABLE(HOP(DATA => TABLE bids, TIMECOL => DESCRIPTOR(bidtime),
               SLIDE => INTERVAL '5' MINUTES, SIZE => INTERVAL '10' MINUTES))

-- ==== CUMULATE window TVF over a qualified table
-- kind: QUERY
-- targets: -
-- sources: db.bids
-- state: STATEFUL
-- signals: WINDOW_TVF, GROUP_BY
SELECT window_start, SUM(price)
FROM TABLE(CUMULATE(TABLE db.bids, DESCRIPTOR(bidtime), INTERVAL '2' MINUTES, INTERVAL '10' MINUTES))
GROUP BY window_start

-- ==== SESSION window TVF with PARTITION BY
-- kind: QUERY
-- targets: -
-- sources: bids
-- state: STATEFUL
-- signals: WINDOW_TVF, GROUP_BY
SELECT window_start, item, SUM(price)
FROM TABLE(SESSION(TABLE bids PARTITION BY item, DESCRIPTOR(bidtime), INTERVAL '5' MINUTES))
GROUP BY window_start, item

-- ==== window join of two window TVFs
-- kind: QUERY
-- targets: -
-- sources: left_t, right_t
-- state: STATEFUL
-- signals: WINDOW_TVF, JOIN
-- joins: 0 0 0 0 1
SELECT l.id, r.id
FROM TABLE(TUMBLE(TABLE left_t, DESCRIPTOR(ts), INTERVAL '5' MINUTES)) l
FULL JOIN TABLE(TUMBLE(TABLE right_t, DESCRIPTOR(ts), INTERVAL '5' MINUTES)) r
ON l.id = r.id AND l.window_start = r.window_start AND l.window_end = r.window_end

-- ==== subqueries in IN, EXISTS, scalar and derived tables
-- kind: INSERT
-- targets: t
-- sources: blocked, derived_src, limits, vip, x
-- state: STATEFUL
-- signals: SUBQUERY, AGGREGATE
INSERT INTO t
SELECT d.id, (SELECT MAX(l.amount) FROM limits l WHERE l.id = d.id) AS max_amount
FROM (SELECT * FROM derived_src) AS d
WHERE d.id IN (SELECT id FROM vip)
  AND NOT EXISTS (SELECT 1 FROM blocked b WHERE b.id = d.id)
  AND d.k = (SELECT MIN(k) FROM x)

-- ==== UNION ALL keeps no state
-- kind: INSERT
-- targets: all_events
-- sources: events_a, events_b
-- state: STATELESS
-- signals: -
INSERT INTO all_events
SELECT id FROM events_a
UNION ALL
SELECT id FROM events_b

-- ==== UNION, INTERSECT and EXCEPT deduplicate
-- kind: QUERY
-- targets: -
-- sources: a, b, c, d
-- state: STATEFUL
-- signals: SET_OPERATION
SELECT id FROM a UNION SELECT id FROM b
INTERSECT SELECT id FROM c
EXCEPT SELECT id FROM d

-- ==== SELECT DISTINCT
-- kind: INSERT
-- targets: distinct_users
-- sources: clicks
-- state: STATEFUL
-- signals: DISTINCT
INSERT INTO distinct_users SELECT DISTINCT user_id FROM clicks

-- ==== a global aggregate without GROUP BY
-- kind: QUERY
-- targets: -
-- sources: orders
-- state: STATEFUL
-- signals: AGGREGATE
SELECT COUNT(*), SUM(amount) FROM orders

-- ==== table hints
-- kind: INSERT
-- targets: sink
-- sources: src
-- state: STATELESS
INSERT INTO sink /*+ OPTIONS('sink.parallelism' = '2') */
SELECT * FROM src /*+ OPTIONS('scan.startup.mode' = 'earliest-offset') */

-- ==== FROM inside EXTRACT, TRIM, SUBSTRING, OVERLAY and IS DISTINCT FROM
-- kind: QUERY
-- targets: -
-- sources: t
-- state: STATELESS
SELECT EXTRACT(YEAR FROM ts), TRIM(BOTH ' ' FROM s), SUBSTRING(s FROM 1 FOR 2),
       OVERLAY(s PLACING 'x' FROM 2)
FROM t
WHERE a IS NOT DISTINCT FROM b AND c IS DISTINCT FROM d

-- ==== every join keyword as shift_left counts it
-- kind: QUERY
-- targets: -
-- sources: a, b, c, d, e, f, g
-- state: STATEFUL
-- signals: JOIN
-- joins: 1 1 1 1 2
SELECT *
FROM a
JOIN b ON a.id = b.id
INNER JOIN c ON a.id = c.id
LEFT OUTER JOIN d ON a.id = d.id
RIGHT JOIN e ON a.id = e.id
FULL OUTER JOIN f ON a.id = f.id
FULL JOIN g ON a.id = g.id
CROSS JOIN a

-- ==== join keywords split over lines and lower case
-- kind: INSERT
-- targets: t
-- sources: r, s
-- state: STATEFUL
-- signals: JOIN, GROUP_BY
-- joins: 0 1 0 0 0
insert into t
select s.a, count(*) from s left
join r on s.id = r.id group
by s.a

-- ==== DDL then INSERT in one file
-- kind: INSERT
-- targets: sink
-- sources: src
-- state: STATEFUL
-- key: id
-- changelog: upsert
CREATE TABLE sink (id STRING, PRIMARY KEY (id) NOT ENFORCED) WITH ('changelog.mode' = 'upsert');
INSERT INTO sink SELECT id FROM src;

-- ==== a temporary view is file-local
-- kind: INSERT
-- targets: t
-- sources: a
-- state: STATELESS
CREATE TEMPORARY VIEW recent AS SELECT * FROM a WHERE ts > CURRENT_TIMESTAMP - INTERVAL '1' DAY;
INSERT INTO t SELECT * FROM recent;

-- ==== a permanent view is a target
-- kind: CREATE_VIEW
-- targets: v_orders
-- sources: orders
-- state: STATELESS
CREATE VIEW v_orders AS SELECT * FROM orders

-- ==== a table read by its own insert is a source
-- kind: INSERT
-- targets: t
-- sources: t
-- state: STATELESS
INSERT INTO t SELECT * FROM t WHERE retry = TRUE

-- ==== INSERT VALUES reads nothing
-- kind: INSERT
-- targets: seed_countries
-- sources: -
-- state: STATELESS
INSERT INTO seed_countries VALUES ('FR', 'France'), ('DE', 'Germany')

-- ==== a process table function with PARTITION BY
-- kind: QUERY
-- targets: -
-- sources: events
-- state: STATEFUL
-- signals: PARTITIONED_TABLE_FUNCTION
SELECT * FROM TABLE(my_ptf(input => TABLE events PARTITION BY user_id, uid => 'ptf-1'))

-- ==== ML_PREDICT reads its table, not its model
-- kind: QUERY
-- targets: -
-- sources: reviews
-- state: STATELESS
SELECT * FROM ML_PREDICT(TABLE reviews, MODEL sentiment_model, DESCRIPTOR(text))

-- ==== a parenthesised join
-- kind: INSERT
-- targets: t
-- sources: r, s
-- state: STATEFUL
-- joins: 1 0 0 0 0
INSERT INTO t SELECT * FROM (s JOIN r ON s.id = r.id)

-- ==== an aggregate with FILTER inside OVER is a window, not a global aggregate
-- kind: QUERY
-- targets: -
-- sources: s
-- state: STATEFUL
-- signals: OVER
SELECT a, COUNT(*) FILTER (WHERE b > 0) OVER (PARTITION BY a ORDER BY ts) AS n FROM s

-- ==== a lookup join with a LOOKUP hint
-- kind: QUERY
-- targets: -
-- sources: dim, o
-- state: STATEFUL
-- signals: TEMPORAL_JOIN
-- joins: 1 0 0 0 0
SELECT * FROM o
JOIN dim /*+ LOOKUP('table'='dim', 'async'='true') */ FOR SYSTEM_TIME AS OF o.pt AS d
  ON o.k = d.k

-- ==== a LATERAL subquery is a join of its tables
-- kind: QUERY
-- targets: -
-- sources: a, b
-- state: STATEFUL
-- signals: JOIN
-- joins: 0 1 0 0 0
SELECT * FROM a LEFT JOIN LATERAL (SELECT * FROM b WHERE b.id = a.id) AS x ON TRUE

-- ==== IN with a list of constants is no subquery
-- kind: QUERY
-- targets: -
-- sources: a
-- state: STATELESS
-- signals: -
SELECT * FROM a WHERE a.k IN (VALUES (1), (2)) OR a.k IN (3, 4)

-- ==== fallback: double-quoted identifiers
-- kind: INSERT
-- targets: target_t
-- sources: src-a, src_b
-- state: STATEFUL
-- signals: JOIN
-- joins: 1 0 0 0 0
-- fallback: 2:13
-- a comment FROM fake_table
INSERT INTO "target_t"
SELECT a."id" FROM "src-a" a
JOIN src_b b ON a.id = b.id -- JOIN x

-- ==== fallback: trailing comma in a DDL keeps key and changelog mode
-- kind: CREATE_TABLE
-- targets: dim_t
-- sources: -
-- state: STATEFUL
-- key: id
-- changelog: upsert
-- fallback: 5:1
CREATE TABLE IF NOT EXISTS dim_t (
  id STRING,
  name STRING,
  PRIMARY KEY (id) NOT ENFORCED,
) DISTRIBUTED BY HASH(id) INTO 1 BUCKETS
WITH ('changelog.mode' = 'upsert', 'value.format' = 'json-registry')

-- ==== fallback: only the rejected SET is scanned, the INSERT is parsed
-- kind: INSERT
-- targets: t
-- sources: s
-- state: STATELESS
-- fallback: 2:5
-- unquoted SET of the old SQL client
SET table.exec.mini-batch.enabled = true;
INSERT INTO t SELECT * FROM s;

-- ==== fallback: Confluent-only CREATE AGENT is unparsable
-- kind: UNPARSABLE
-- targets: -
-- sources: -
-- state: STATELESS
-- fallback: 1:8
CREATE AGENT support_agent USING MODEL my_model USING PROMPT 'Answer FROM the docs' WITH ('max_iterations' = '10')

-- ==== fallback: typo with false FROMs, a CTE, LATERAL TABLE and a window TVF
-- kind: INSERT
-- targets: cat.db.out_t
-- sources: clicks, users
-- state: STATEFUL
-- signals: WINDOW_TVF, GROUP_BY, TEMPORAL_JOIN
-- joins: 0 1 0 0 0
-- fallback: 4:3
INSERT INTO cat.db.out_t
WITH w AS (
  SELECT window_start, user_id, COUNT(*) AS n
  FORM TABLE(TUMBLE(TABLE clicks, DESCRIPTOR(ts), INTERVAL '1' MINUTE))
  GROUP BY window_start, user_id
)
SELECT EXTRACT(HOUR FROM w.window_start) AS h, u.name, t.tag
FROM w
LEFT JOIN users FOR SYSTEM_TIME AS OF w.window_start AS u ON w.user_id = u.id
CROSS JOIN LATERAL TABLE(tags(u.name)) AS t(tag)
WHERE u.name IS DISTINCT FROM 'FROM fake'

-- ==== fallback: unquoted dashed topic name after FROM
-- kind: INSERT
-- targets: clean_events
-- sources: web-events
-- state: STATELESS
-- fallback: 2:18
INSERT INTO clean_events
SELECT * FROM web-events WHERE 1 = 1 /* JOIN hidden */

-- ==== fallback: a WITH clause before INSERT
-- kind: INSERT
-- targets: recent_events
-- sources: events
-- state: STATELESS
-- fallback: 2:1
WITH recent AS (SELECT * FROM events WHERE ts > CURRENT_TIMESTAMP - INTERVAL '1' HOUR)
INSERT INTO recent_events
SELECT * FROM recent
