using Cake.Core;
using Cake.Core.Graph;

namespace Liftoff.Cake.Engine;

/// <summary>
/// Prints the dependency tree from Cake's own graph (<see cref="CakeGraphBuilder"/>), so that reverse
/// dependencies show where Cake will really run them. Each top-level target is a root; its children are what it
/// depends on.
/// </summary>
internal static class TreePrinter
{
    public static void Print(IConsole console, IReadOnlyList<ICakeTaskInfo> tasks, string? target)
    {
        var graph = CakeGraphBuilder.Build(tasks);
        var dependencies = graph.Edges.ToLookup(edge => edge.End, edge => edge.Start, StringComparer.OrdinalIgnoreCase);
        var dependedOn = graph.Edges.Select(edge => edge.Start).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var roots = target is not null
            ? graph.Nodes.Where(node => node.Equals(target, StringComparison.OrdinalIgnoreCase))
            : graph.Nodes.Where(node => !dependedOn.Contains(node)).Order(StringComparer.OrdinalIgnoreCase);
        foreach (var root in roots)
        {
            console.WriteLine(root);
            PrintChildren(console, dependencies, root, string.Empty);
            console.WriteLine(string.Empty);
        }
    }

    private static void PrintChildren(IConsole console, ILookup<string, string> dependencies, string node, string indent)
    {
        var children = dependencies[node].ToList();
        for (var i = 0; i < children.Count; i++)
        {
            var last = i == children.Count - 1;
            console.WriteLine("{0}{1}{2}", indent, last ? "└─ " : "├─ ", children[i]);
            PrintChildren(console, dependencies, children[i], indent + (last ? "   " : "│  "));
        }
    }
}
