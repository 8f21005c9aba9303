#!/bin/bash
# Usage: read-plans.sh read-plan-cases.sh  (PSQL="psql -h 127.0.0.1 -p 55433 -U postgres -d perf" by default)
# Prints, per case, the best of three EXPLAIN ANALYZE execution times and the plan's first scan nodes.
PSQL=${PSQL:-"psql -h 127.0.0.1 -p 55433 -U postgres -d perf"}
explain() { $PSQL -At -c "EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) $1"; }
# The exact shape ClaimSearch sends: filtered, limited inner query; story id and entity ids for the shown rows only.
COLS="c.id, c.article_id, c.outlet, c.reported_at, c.sentence_index, c.span_start, c.span_end, c.text, c.kind, c.modality, c.modality_cue, c.checkworthiness, c.attribution, c.facets"
run() {
  name=$1; where=$2
  sql="SELECT c.*, a.story_id, (SELECT string_agg(ce.entity_id, ',' ORDER BY ce.entity_id) FROM claim_entity ce WHERE ce.claim_id = c.id) AS entity_ids FROM (SELECT $COLS FROM claim c WHERE $where ORDER BY c.reported_at DESC, c.id DESC LIMIT 21) c JOIN article a ON a.id = c.article_id ORDER BY c.reported_at DESC, c.id DESC"
  explain "$sql" >/dev/null
  best=999999
  for i in 1 2 3; do
    t=$(explain "$sql" | grep "Execution Time" | sed 's/Execution Time: //; s/ ms//')
    best=$(python3 -c "print(min($best, $t))")
  done
  plan=$(explain "$sql" | grep -E -- '->' | grep -v "claim_entity_pkey\|article_pkey\|SubPlan\|Aggregate\|Nested Loop\|Sort \|Limit\|Subquery" | head -2 | sed 's/ (cost=[^)]*)//; s/(actual rows=\([0-9]*\) loops=1)/rows=\1/; s/  */ /g' | tr '\n' ' ' | cut -c1-150)
  printf '%-22s %9s ms | %s\n' "$name" "$best" "$plan"
}
source "$1"
