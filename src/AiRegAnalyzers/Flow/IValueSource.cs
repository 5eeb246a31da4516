namespace AiRegAnalyzers.Flow;

/// <summary>
/// One rule's notion of a source (personal data, AI content, a constant, an always-true
/// validator, ...). The flow core (<see cref="ValueFlow{T}"/>) does the travelling; the source
/// only says what a value it reaches is. Instances are keys of the method summaries, so a source
/// must answer the same for the same operation whoever asks.
/// </summary>
internal interface IValueSource<T>
    where T : class
{
    /// <summary>
    /// Asked first for every operation the trail reaches. <see cref="Traced{T}.Unknown"/> lets the
    /// core look through it (locals, conversions, interpolation, calls, ...); anything else ends the trail.
    /// A source that looks into parts of the value itself does so with <see cref="ValueFlow{T}.Follow"/>.
    /// </summary>
    Traced<T> Inspect(IOperation operation, CarrierUse use, ValueFlow<T> flow);

    /// <summary>Asked where the core can go no further: a member, a local with no known value, a call it has no summary for.</summary>
    Traced<T> Leaf(IOperation operation, CarrierUse use, ValueFlow<T> flow);

    /// <summary>A source found inside the application method that <paramref name="call"/> calls, as seen at the call.</summary>
    T AtCall(T found, IOperation call);

    /// <summary>The source to read other methods' bodies with: this one, unless it holds state about the body it was made for.</summary>
    IValueSource<T> Summarized { get; }

    /// <summary>Whether fields and properties are followed to what their own type writes into them (constants, delegates).</summary>
    bool FollowsMemberWrites { get; }
}
