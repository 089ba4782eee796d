package io.shiftleft.pipeline.graph;

import io.shiftleft.pipeline.model.TableNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables of a project and their edges, immutable. Children are derived from parents, so the two
 * directions always agree. Every order it returns is deterministic: ties are broken by depth
 * (distance from the farthest source), then by name.
 */
public final class TableGraph {

    private final SortedMap<String, TableNode> nodes;
    private final Map<String, TableNode> byName;
    private final Map<String, Integer> depth;

    private TableGraph(SortedMap<String, TableNode> nodes) {
        this.nodes = Collections.unmodifiableSortedMap(nodes);
        this.byName = new HashMap<>(nodes);
        this.depth = computeDepths();
    }

    /**
     * A graph from nodes whose {@code parents} are authoritative; their {@code children} are
     * recomputed. Every parent must be one of the nodes.
     *
     * @throws UnknownTableException when a parent is not among the nodes
     * @throws CycleException when the parents form a cycle
     */
    public static TableGraph of(Collection<TableNode> tables) {
        Map<String, TableNode> byName = new HashMap<>();
        for (TableNode t : tables) {
            byName.put(t.tableName(), t);
        }
        Map<String, Set<String>> children = new HashMap<>();
        for (TableNode t : tables) {
            for (String parent : t.parents()) {
                if (!byName.containsKey(parent)) {
                    throw new UnknownTableException(parent, "(a parent of " + t.tableName() + ")");
                }
                children.computeIfAbsent(parent, k -> new TreeSet<>()).add(t.tableName());
            }
        }
        SortedMap<String, TableNode> nodes = new TreeMap<>();
        for (TableNode t : byName.values()) {
            nodes.put(
                    t.tableName(),
                    new TableNode(
                            t.tableName(),
                            t.productName(),
                            t.type(),
                            t.stateForm(),
                            t.folder(),
                            t.ddlRef(),
                            t.dmlRef(),
                            t.kafkaTopic(),
                            t.parents(),
                            children.getOrDefault(t.tableName(), Set.of())));
        }
        TableGraph graph = new TableGraph(nodes);
        return graph;
    }

    /** Every table, by name. */
    public SortedMap<String, TableNode> nodes() {
        return nodes;
    }

    public Optional<TableNode> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The table, or an {@link UnknownTableException} naming it. */
    public TableNode require(String name) {
        TableNode node = byName.get(name);
        if (node == null) {
            throw new UnknownTableException(name, "(not in the project)");
        }
        return node;
    }

    /** Longest distance from a table without parents; sources are 0. */
    public int depth(String name) {
        require(name);
        return depth.get(name);
    }

    /** Every transitive parent of the table, not the table itself, in no particular order. */
    public Set<String> ancestors(String name) {
        return reach(name, true);
    }

    /** Every transitive child of the table, not the table itself, in no particular order. */
    public Set<String> descendants(String name) {
        return reach(name, false);
    }

    private Set<String> reach(String name, boolean up) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(name);
        while (!todo.isEmpty()) {
            TableNode n = require(todo.pop());
            for (String next : up ? n.parents() : n.children()) {
                if (seen.add(next)) {
                    todo.push(next);
                }
            }
        }
        seen.remove(name);
        return seen;
    }

    /**
     * The given tables (duplicates once) in an order where every table comes after each of its
     * parents that is also given: by depth, then name. Depth grows along every edge, so this order
     * is a topological one, and the order of any subset is the order of the whole restricted to it.
     */
    public List<String> parentsFirst(Collection<String> names) {
        List<String> order = new ArrayList<>(new HashSet<>(names));
        for (String n : order) {
            require(n);
        }
        order.sort(this::byDepthThenName);
        return order;
    }

    /** Orders names by depth in the graph, then alphabetically. */
    public int byDepthThenName(String a, String b) {
        int byDepth = Integer.compare(depth.get(a), depth.get(b));
        return byDepth != 0 ? byDepth : a.compareTo(b);
    }

    private Map<String, Integer> computeDepths() {
        Map<String, Integer> result = new HashMap<>();
        Map<String, Integer> pending = new HashMap<>();
        Set<String> done = new java.util.HashSet<>();
        Deque<String> ready = new ArrayDeque<>();
        for (TableNode n : nodes.values()) {
            pending.put(n.tableName(), n.parents().size());
            if (n.parents().isEmpty()) {
                ready.add(n.tableName());
                result.put(n.tableName(), 0);
            }
        }
        while (!ready.isEmpty()) {
            String n = ready.poll();
            done.add(n);
            for (String child : nodes.get(n).children()) {
                result.merge(child, result.get(n) + 1, Math::max);
                if (pending.merge(child, -1, Integer::sum) == 0) {
                    ready.add(child);
                }
            }
        }
        if (done.size() != nodes.size()) {
            throw new CycleException(findCycle(done));
        }
        return result;
    }

    /** A cycle among the tables that the topological pass could not order. */
    private List<String> findCycle(Set<String> ordered) {
        // Walk parents from any unordered table: within the unordered set every table has an
        // unordered parent, so the walk must revisit a table; the revisited stretch is a cycle.
        String start =
                nodes.keySet().stream().filter(n -> !ordered.contains(n)).findFirst().orElseThrow();
        List<String> path = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        String current = start;
        while (!index.containsKey(current)) {
            index.put(current, path.size());
            path.add(current);
            current =
                    nodes.get(current).parents().stream()
                            .filter(p -> !ordered.contains(p))
                            .findFirst()
                            .orElseThrow();
        }
        List<String> cycle = new ArrayList<>(path.subList(index.get(current), path.size()));
        Collections.reverse(cycle); // parent -> child direction
        // Start at the smallest name, so the same cycle is always printed the same way.
        Collections.rotate(cycle, -cycle.indexOf(Collections.min(cycle)));
        cycle.add(cycle.get(0));
        return cycle;
    }
}
