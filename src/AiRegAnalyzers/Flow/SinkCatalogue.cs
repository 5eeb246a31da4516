using System.Collections.Generic;
using System.Collections.Immutable;
using AiRegAnalyzers.PersonalData;
using Microsoft.CodeAnalysis;

namespace AiRegAnalyzers.Flow;

/// <summary>
/// A catalogue of sinks of one kind (log, file, cookie, cache, URL, exception message, AI prompt),
/// in one shape: a cheap pre-check by name, then one lookup that lists the values a call, creation,
/// throw or assignment hands to the sink. <see cref="MethodSummaries"/> uses the same catalogue to
/// find the application's own methods whose parameters reach a sink.
/// </summary>
internal abstract class SinkCatalogue
{
    /// <summary>Whether <paramref name="name"/> (of the method, constructor's type, or assigned property) can be a sink at all; most operations stop here.</summary>
    public abstract bool MayBeSink(IOperation site);

    /// <summary>Adds the values that <paramref name="site"/> hands to a sink of this catalogue.</summary>
    public abstract void Collect(IOperation site, List<SinkValue> values);
}

/// <summary>One value handed to a sink, and how a finding in it is reported.</summary>
internal readonly struct SinkValue
{
    public SinkValue(IOperation value, CarrierUse use, string api, SinkValueOptions options = SinkValueOptions.None, ImmutableDictionary<string, string?>? properties = null)
    {
        Value = value;
        Use = use;
        Api = api;
        Options = options;
        Properties = properties;
    }

    public IOperation Value { get; }

    /// <summary>How the sink uses an object: as text, or every member (serialized, destructured).</summary>
    public CarrierUse Use { get; }

    /// <summary>The sink's name in messages (<c>LogInformation</c>, <c>File.WriteAllText</c>).</summary>
    public string Api { get; }

    public SinkValueOptions Options { get; }

    /// <summary>Diagnostic properties for a finding in the value as a whole (the fixes read them).</summary>
    public ImmutableDictionary<string, string?>? Properties { get; }
}

[System.Flags]
internal enum SinkValueOptions
{
    None = 0,

    /// <summary>An interpolated string is reported hole by hole, so a fix can take out exactly that hole.</summary>
    SplitHoles = 1,

    /// <summary>A string concatenation is reported operand by operand.</summary>
    SplitConcatenation = 2,

    /// <summary>A bare variable is the whole sink value (a URL), whatever its name: only data built into it counts.</summary>
    IgnoreBareReference = 4,
}
