using System.Globalization;

namespace AiRegAnalyzers.Sinks;

/// <summary>Logging calls (<see cref="LoggingSinks"/>) and the wrappers configured in <c>log_methods</c>, as a <see cref="SinkCatalogue"/>.</summary>
internal sealed class LogSinkCatalogue : SinkCatalogue
{
    private const int CachedPositions = 8;

    private static readonly ImmutableDictionary<string, string?>?[] KnownHoleProperties = new ImmutableDictionary<string, string?>?[CachedPositions * CachedPositions];

    private readonly LoggingSinks _sinks;
    private readonly PerTreeCache<MethodNameList>? _logMethods;

    /// <param name="logMethods">The configured log wrappers by tree, or <see langword="null"/> when no file configures one (<see cref="ConfiguredMethods"/>).</param>
    public LogSinkCatalogue(LoggingSinks sinks, PerTreeCache<MethodNameList>? logMethods)
    {
        _sinks = sinks;
        _logMethods = logMethods;
    }

    /// <summary>The fix's properties for a template hole: the same few positions recur in every log call, so they are made once.</summary>
    private static ImmutableDictionary<string, string?> HoleProperties(int hole, int templateArgument)
    {
        if (hole >= CachedPositions || templateArgument >= CachedPositions)
        {
            return Create(hole, templateArgument);
        }

        var index = (hole * CachedPositions) + templateArgument;
        return KnownHoleProperties[index] ??= Create(hole, templateArgument);

        static ImmutableDictionary<string, string?> Create(int hole, int templateArgument) =>
            ImmutableDictionary<string, string?>.Empty
                .Add(DiagnosticProperties.HolePosition, hole.ToString(CultureInfo.InvariantCulture))
                .Add(DiagnosticProperties.TemplateArgument, templateArgument.ToString(CultureInfo.InvariantCulture));
    }

    public override IEnumerable<string>? SiteNames => _logMethods is null ? _sinks.MethodNames : null;

    public override bool MayBeSink(IOperation site) =>
        site is IInvocationOperation invocation && _sinks.IsLogCall(invocation, _logMethods?.Get(invocation.Syntax.SyntaxTree) ?? MethodNameList.None);

    public override void Collect(IOperation site, List<SinkValue> values)
    {
        var invocation = (IInvocationOperation)site;
        var api = invocation.TargetMethod.Name;
        var route = SinkNames.Qualified(invocation.TargetMethod);
        foreach (var logged in LoggedValue.Collect(invocation, _sinks))
        {
            var properties = logged.HolePosition >= 0 ? HoleProperties(logged.HolePosition, logged.TemplateArgumentIndex) : null;
            values.Add(new SinkValue(
                logged.Value,
                logged.IsDestructured ? CarrierUse.Serialized : CarrierUse.Stringified,
                api,
                SinkValueOptions.SplitHoles,
                properties,
                route));
        }
    }
}
