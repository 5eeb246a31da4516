namespace AiRegAnalyzers.Sinks;

/// <summary>URL arguments of HTTP clients, URI types, query helpers, redirects and navigation, and URL-piece properties (<see cref="UrlSinks"/>), as a <see cref="SinkCatalogue"/>.</summary>
internal sealed class UrlSinkCatalogue : SinkCatalogue
{
    private readonly UrlSinks _sinks;

    public UrlSinkCatalogue(UrlSinks sinks) => _sinks = sinks;

    public override IEnumerable<string>? SiteNames => _sinks.SiteNames;

    public override bool MayBeSink(IOperation site) => site switch
    {
        IInvocationOperation { Arguments.IsEmpty: false } invocation => _sinks.IsCandidateType(invocation.TargetMethod.ContainingType),
        IObjectCreationOperation { Constructor: { } constructor, Arguments.IsEmpty: false } => _sinks.IsCandidateType(constructor.ContainingType),
        ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { } property } } => _sinks.IsUrlPieceProperty(property),
        _ => false,
    };

    public override void Collect(IOperation site, List<SinkValue> values)
    {
        if (site is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { } property } } assignment)
        {
            values.Add(new SinkValue(assignment.Value, CarrierUse.Stringified, property.ContainingType.Name + "." + property.Name));
            return;
        }

        var (method, arguments) = site switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            _ => (((IObjectCreationOperation)site).Constructor!, ((IObjectCreationOperation)site).Arguments),
        };
        var api = SinkNames.Qualified(method);
        foreach (var argument in arguments)
        {
            if (argument.Parameter is not { } parameter || argument.Value is null || argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            switch (_sinks.Classify(method, parameter))
            {
                case UrlPart.WholeUrl:
                    // A variable that is the whole URL (string location, Uri address) is a URL, whatever its name;
                    // what counts is personal data built into it.
                    values.Add(new SinkValue(argument.Value, CarrierUse.Stringified, api, SinkValueOptions.IgnoreBareReference));
                    break;
                case UrlPart.Piece:
                    values.Add(new SinkValue(argument.Value, CarrierUse.Stringified, api));
                    break;
                case UrlPart.RouteValues or UrlPart.Collection:
                    // new { email }, new Dictionary<string, string?> { ["email"] = email }: the flow core looks into initializers.
                    values.Add(new SinkValue(argument.Value, CarrierUse.Serialized, api));
                    break;
            }
        }
    }
}
