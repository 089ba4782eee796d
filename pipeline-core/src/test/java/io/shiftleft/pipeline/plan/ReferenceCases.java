package io.shiftleft.pipeline.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The reference cases of shift_left's planner (domain §3.9) on its {@code p2} topology, shared by
 * the planner's tests and the command line's.
 */
public final class ReferenceCases {

    /**
     * One case.
     *
     * @param number the case's number in shift_left's table
     * @param scope what is planned
     * @param running tables that run
     * @param mayStartDescendants the flag
     * @param forceAncestors the flag
     * @param size tables in the plan
     * @param toRun tables with {@code to_run}
     * @param toRestart tables with {@code to_restart}
     */
    public record Case(
            int number,
            PlanScope scope,
            List<String> running,
            boolean mayStartDescendants,
            boolean forceAncestors,
            int size,
            Set<String> toRun,
            Set<String> toRestart) {
        @Override
        public String toString() {
            return "case " + number;
        }
    }

    /** Every table of {@code p2}. */
    public static final List<String> ALL =
            List.of(
                    "src_x", "src_y", "src_a", "src_b", "x", "y", "a", "b", "z", "d", "c", "p", "e",
                    "f");

    private ReferenceCases() {}

    /** The cases whose whole outcome is given by counts and flags (all but 13). */
    public static List<Case> all() {
        return List.of(
                row(1, new PlanScope.Table("f"), ALL, false, false, 7, "", "f"),
                row(2, new PlanScope.Table("f"), allBut("d", "f"), false, false, 7, "d", "f"),
                row(
                        3,
                        new PlanScope.Table("f"),
                        List.of("src_x", "x", "src_b", "b"),
                        true,
                        false,
                        12,
                        "src_y,y,z,d",
                        "f,p,c,e"),
                row(
                        4,
                        new PlanScope.Table("e"),
                        List.of("src_x", "x", "z", "src_y", "y"),
                        true,
                        false,
                        9,
                        "src_b,b,c",
                        "e"),
                row(5, new PlanScope.Table("z"), ALL, false, true, 5, "src_x,x,src_y,y", "z"),
                row(
                        6,
                        new PlanScope.Table("z"),
                        allBut("c", "d", "a"),
                        true,
                        false,
                        12,
                        "",
                        "z,d,p,c,e,f"),
                row(
                        7,
                        new PlanScope.Table("z"),
                        ALL,
                        true,
                        true,
                        14,
                        "src_x,x,src_y,y,src_b,b,src_a",
                        "z,a,c,d,p,e,f"),
                row(
                        8,
                        new PlanScope.Table("e"),
                        List.of("z", "x", "y", "src_x", "src_y"),
                        false,
                        false,
                        9,
                        "src_b,b,c",
                        "e"),
                row(
                        9,
                        new PlanScope.Product("p2"),
                        List.of("z", "x", "y", "src_x", "src_y"),
                        false,
                        false,
                        14,
                        "d,f,p,c,e,b,a,src_a,src_b",
                        ""),
                row(
                        10,
                        new PlanScope.Product("p2"),
                        List.of("z", "x", "y", "src_x", "src_y"),
                        true,
                        true,
                        14,
                        String.join(",", ALL),
                        ""),
                row(
                        11,
                        new PlanScope.Directory("sources/p2"),
                        List.of("z", "x", "y", "src_x", "src_y"),
                        false,
                        false,
                        4,
                        "src_a,src_b",
                        ""),
                row(
                        12,
                        new PlanScope.Directory("sources/p2"),
                        List.of("z", "x", "y", "src_x", "src_y"),
                        false,
                        true,
                        4,
                        "src_x,src_y,src_a,src_b",
                        ""),
                row(
                        14,
                        new PlanScope.Directory("pipelines/intermediates/p2"),
                        List.of("src_x", "src_y", "src_a", "src_b", "z", "x", "y", "b"),
                        true,
                        false,
                        12,
                        "a,c,d",
                        "f"),
                row(
                        15,
                        new PlanScope.Directory("facts/p2"),
                        List.of("z", "x", "y", "src_x", "src_y"),
                        false,
                        true,
                        12,
                        "src_x,src_y,src_b,x,y,b,z,d,c,p,e,f",
                        ""));
    }

    private static List<String> allBut(String... excluded) {
        List<String> out = new ArrayList<>(ALL);
        out.removeAll(Arrays.asList(excluded));
        return out;
    }

    private static Case row(
            int number,
            PlanScope scope,
            List<String> running,
            boolean msd,
            boolean force,
            int size,
            String toRun,
            String toRestart) {
        return new Case(number, scope, running, msd, force, size, set(toRun), set(toRestart));
    }

    private static Set<String> set(String csv) {
        return csv.isEmpty() ? Set.of() : Set.of(csv.split(","));
    }
}
