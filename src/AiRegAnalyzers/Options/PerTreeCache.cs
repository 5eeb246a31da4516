using System.Collections.Concurrent;

namespace AiRegAnalyzers.Options;

/// <summary>
/// Parses options once per distinct set of options (options may differ by folder) and hands out
/// the parsed value per syntax tree from then on. Trees that share their options (every tree,
/// in a project without <c>.editorconfig</c> sections) share one parse. Create one per
/// compilation, in a compilation-start action.
/// </summary>
internal sealed class PerTreeCache<T>
    where T : class
{
    private readonly ConcurrentDictionary<AnalyzerConfigOptions, T> _byOptions = new();
    private readonly AnalyzerConfigOptionsProvider _provider;
    private readonly Func<AnalyzerConfigOptions, T> _parse;

    // The callbacks of one tree come one after another: the last answer serves most lookups.
    private Tuple<SyntaxTree, T>? _last;

    public PerTreeCache(AnalyzerOptions options, Func<AnalyzerConfigOptions, T> parse)
    {
        _provider = options.AnalyzerConfigOptionsProvider;
        _parse = parse;
    }

    public T Get(SyntaxTree tree)
    {
        if (_last is { } last && ReferenceEquals(last.Item1, tree))
        {
            return last.Item2;
        }

        // The provider's lookup is cheap; an entry per tree would cost an insertion per tree and rule.
        var options = _provider.GetOptions(tree);
        if (!_byOptions.TryGetValue(options, out var value))
        {
            value = _byOptions.GetOrAdd(options, _parse(options));
        }

        _last = Tuple.Create(tree, value);
        return value;
    }

    /// <summary>Whether the parsed options of any of <paramref name="trees"/> satisfy <paramref name="predicate"/>: one parse per distinct options, nothing kept per tree.</summary>
    public bool Any(IEnumerable<SyntaxTree> trees, Func<T, bool> predicate)
    {
        AnalyzerConfigOptions? previous = null;
        foreach (var tree in trees)
        {
            var options = _provider.GetOptions(tree);
            if (ReferenceEquals(options, previous))
            {
                continue;
            }

            previous = options;
            if (!_byOptions.TryGetValue(options, out var value))
            {
                value = _byOptions.GetOrAdd(options, _parse(options));
            }

            if (predicate(value))
            {
                return true;
            }
        }

        return false;
    }
}
