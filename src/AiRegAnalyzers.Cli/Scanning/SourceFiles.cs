using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace AiRegAnalyzers.Cli.Scanning;

/// <summary>Files of a repository, skipping build output, dependencies and version-control folders.</summary>
internal static class SourceFiles
{
    private static readonly string[] SkippedFolders = ["bin", "obj", ".git", ".vs", "node_modules", "packages", "artifacts"];

    public static IEnumerable<string> Enumerate(string root, string pattern)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            foreach (var file in Directory.EnumerateFiles(folder, pattern, options).OrderBy(f => f, StringComparer.Ordinal))
            {
                yield return file;
            }

            foreach (var sub in Directory.EnumerateDirectories(folder, "*", options).OrderByDescending(d => d, StringComparer.Ordinal))
            {
                if (!SkippedFolders.Contains(Path.GetFileName(sub), StringComparer.OrdinalIgnoreCase))
                {
                    pending.Push(sub);
                }
            }
        }
    }
}
