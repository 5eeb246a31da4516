namespace AiRegAnalyzers.Flow;

/// <summary>
/// What a value comes from, as far as one rule's notion of a source goes: a source (the rule's
/// finding), known clean (a constant, a sanitizer's result), or unknown.
/// </summary>
internal readonly struct Traced<T>
    where T : class
{
    private Traced(T? source, bool isClean, bool isStop = false)
    {
        Source = source;
        IsClean = isClean;
        IsStop = isStop;
    }

    public static Traced<T> Unknown => default;

    public static Traced<T> Clean => new(null, isClean: true);

    /// <summary>Nothing known, and nothing further to follow: the source has looked into the value itself.</summary>
    public static Traced<T> Stop => new(null, isClean: false, isStop: true);

    /// <summary>The rule's finding when the value comes from one of its sources.</summary>
    public T? Source { get; }

    public bool IsFound => Source is not null;

    /// <summary>Known not to come from a source: the trail ends here for good.</summary>
    public bool IsClean { get; }

    /// <summary>Neither found nor clean: the flow core may follow the value further (unless <see cref="IsStop"/>).</summary>
    public bool IsUnknown => Source is null && !IsClean;

    /// <summary>Unknown, and the source asks the core not to look further.</summary>
    public bool IsStop { get; }

    public static Traced<T> Found(T source) => new(source, isClean: false);
}
