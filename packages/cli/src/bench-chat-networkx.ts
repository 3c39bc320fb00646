import { execFileSync, spawnSync } from 'node:child_process';

/**
 * The NetworkX side of the chat-metrics benchmark (bench-chat-metrics.ts): a Python script that reads the
 * same graphs (JSON: nodes 0…n-1 and weighted directed edges), computes each metric with NetworkX's own
 * function, and prints per metric the CPU seconds per pass over all graphs and the values. Each NetworkX call
 * is the one core's metric names as its definition; the undirected graph is `G.to_undirected()`, built
 * outside the timing as core's `undirectedOf` is.
 */
export const networkxScript = `
import json, sys, time
import networkx as nx

graphs = json.load(open(sys.argv[1]))
built = []
for g in graphs:
    G = nx.DiGraph()
    G.add_nodes_from(range(g["n"]))
    G.add_weighted_edges_from(g["edges"])
    built.append((G, G.to_undirected()))

# each call returns NetworkX's own result; it is turned into a list after the timing, as core's is
def as_list(value, n):
    if isinstance(value, dict):
        return [float(value[v]) for v in range(n)]
    if isinstance(value, (list, tuple)):
        return [float(x) for x in value]
    return [float(value)]

metrics = {
    "density": lambda G, U: (nx.density(G), nx.density(U)),
    "degreeCentrality": lambda G, U: nx.degree_centrality(G),
    "reciprocity": lambda G, U: nx.overall_reciprocity(G),
    "betweenness": lambda G, U: nx.betweenness_centrality(G),
    "closeness": lambda G, U: nx.closeness_centrality(G),
    "coreNumber": lambda G, U: nx.core_number(U),
    "clustering": lambda G, U: nx.clustering(G),
    "averageClustering": lambda G, U: nx.average_clustering(G),
    "transitivity": lambda G, U: nx.transitivity(U),
}
only = set(sys.argv[2].split(",")) if len(sys.argv) > 2 and sys.argv[2] else set(metrics)
out = {"version": nx.__version__, "metrics": {}}
for name, compute in metrics.items():
    if name not in only:
        continue
    passes = 0
    started = time.process_time()
    while True:
        values = [compute(G, U) for G, U in built]
        passes += 1
        elapsed = time.process_time() - started
        if elapsed >= 0.3 or passes >= 10000:
            break
    lists = [as_list(value, len(G)) for value, (G, U) in zip(values, built)]
    out["metrics"][name] = {"seconds": elapsed / passes, "values": lists}
print(json.dumps(out))
`;

/**
 * Whether `python3` can import networkx; if not, and apt-get is usable (as root), installs Debian's
 * python3-networkx — by this benchmark only, never in tests. Returns why it is unavailable, or null.
 */
export function ensureNetworkx(): string | null {
  const importable = () => spawnSync('python3', ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0;
  if (spawnSync('python3', ['--version'], { stdio: 'ignore' }).status !== 0) return 'python3 is not installed';
  if (importable()) return null;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!apt || process.getuid?.() !== 0) return 'networkx is not installed and apt-get is not usable here';
  try {
    execFileSync('apt-get', ['install', '-y', 'python3-networkx'], { stdio: 'ignore' });
  } catch {
    return 'apt-get install python3-networkx failed';
  }
  return importable() ? null : 'python3-networkx installed but networkx does not import';
}
