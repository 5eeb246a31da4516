using System;
using System.Collections.Generic;
using System.IO;

namespace AiRegAnalyzers.Cli.Scanning;

/// <summary>The lines of the repository's files, read once per report (excerpts, flagged expressions).</summary>
internal sealed class SourceLines(string root)
{
    private readonly Dictionary<string, string[]> _files = new(StringComparer.Ordinal);

    /// <summary>The lines of <paramref name="path"/> (relative to the root); empty when it cannot be read.</summary>
    public string[] this[string path]
    {
        get
        {
            if (!_files.TryGetValue(path, out var lines))
            {
                var full = Path.Combine(root, path);
                try
                {
                    lines = File.Exists(full) ? File.ReadAllLines(full) : [];
                }
                catch (IOException)
                {
                    lines = [];
                }

                _files[path] = lines;
            }

            return lines;
        }
    }
}
