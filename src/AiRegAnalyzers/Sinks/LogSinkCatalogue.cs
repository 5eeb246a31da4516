using System.Globalization;

namespace AiRegAnalyzers.Sinks;

/// <summary>Logging calls (<see cref="LoggingSinks"/>) and the wrappers configured in <c>log_methods</c>, as a <see cref="SinkCatalogue"/>.</summary>
internal sealed class LogSinkCatalogue : SinkCatalogue
{
    private readonly LoggingSinks _sinks;
    private readonly PerTreeCache<MethodNameList> _logMethods;

    public LogSinkCatalogue(LoggingSinks sinks, PerTreeCache<MethodNameList> logMethods)
    {
        _sinks = sinks;
        _logMethods = logMethods;
    }

    public override bool MayBeSink(IOperation site) =>
        site is IInvocationOperation invocation && _sinks.IsLogCall(invocation, _logMethods.Get(invocation.Syntax.SyntaxTree));

    public override void Collect(IOperation site, List<SinkValue> values)
    {
        var invocation = (IInvocationOperation)site;
        var api = invocation.TargetMethod.Name;
        var route = SinkNames.Qualified(invocation.TargetMethod);
        foreach (var logged in LoggedValue.Collect(invocation, _sinks))
        {
            var properties = logged.HolePosition >= 0
                ? ImmutableDictionary<string, string?>.Empty
                    .Add(DiagnosticProperties.HolePosition, logged.HolePosition.ToString(CultureInfo.InvariantCulture))
                    .Add(DiagnosticProperties.TemplateArgument, logged.TemplateArgumentIndex.ToString(CultureInfo.InvariantCulture))
                : null;
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
