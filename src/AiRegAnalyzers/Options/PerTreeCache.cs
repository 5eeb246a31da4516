using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiRegAnalyzers.Options;

/// <summary>
/// Parses options once per syntax tree (options may differ by folder) and hands out the parsed
/// value from then on. Create one per compilation, in a compilation-start action.
/// </summary>
internal sealed class PerTreeCache<T>
    where T : class
{
    private readonly ConcurrentDictionary<SyntaxTree, T> _cache = new();
    private readonly AnalyzerConfigOptionsProvider _provider;
    private readonly Func<AnalyzerConfigOptions, T> _parse;

    public PerTreeCache(AnalyzerOptions options, Func<AnalyzerConfigOptions, T> parse)
    {
        _provider = options.AnalyzerConfigOptionsProvider;
        _parse = parse;
    }

    public T Get(SyntaxTree tree)
    {
        if (_cache.TryGetValue(tree, out var value))
        {
            return value;
        }

        return _cache.GetOrAdd(tree, _parse(_provider.GetOptions(tree)));
    }
}
