namespace AiRegAnalyzers.Sinks;

/// <summary>Files, response cookies, distributed caches and MAUI preferences (<see cref="StorageSinks"/>), as a <see cref="SinkCatalogue"/>.</summary>
internal sealed class StorageSinkCatalogue : SinkCatalogue
{
    private readonly StorageSinks _sinks;

    public StorageSinkCatalogue(StorageSinks sinks) => _sinks = sinks;

    public override IEnumerable<string>? SiteNames => _sinks.SiteNames;

    public override bool MayBeSink(IOperation site) => site switch
    {
        IInvocationOperation { Arguments.IsEmpty: false } invocation => _sinks.IsCandidate(invocation.TargetMethod),
        IObjectCreationOperation or ISimpleAssignmentOperation => _sinks.ClassicCookieValue(site) is not null,
        _ => false,
    };

    public override void Collect(IOperation site, List<SinkValue> values)
    {
        if (site is not IInvocationOperation invocation)
        {
            if (_sinks.ClassicCookieValue(site) is { } cookieValue)
            {
                values.Add(new SinkValue(
                    cookieValue,
                    CarrierUse.Stringified,
                    "HttpCookie",
                    properties: ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.StorageKind, nameof(StorageKind.Cookie))));
            }

            return;
        }

        string? api = null;
        foreach (var argument in invocation.Arguments)
        {
            var kind = _sinks.Classify(invocation, argument, out var serialized);
            if (kind == StorageKind.None || argument.Value is null)
            {
                continue;
            }

            api ??= SinkNames.Qualified(invocation.TargetMethod);
            values.Add(new SinkValue(
                argument.Value,
                serialized ? CarrierUse.Serialized : CarrierUse.Stringified,
                api,
                properties: ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.StorageKind, kind.ToString())));
        }
    }
}
