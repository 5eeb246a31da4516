using System.Linq;

namespace AiRegAnalyzers.AI;

/// <summary>
/// A value read from <c>Microsoft.Extensions.Configuration</c> (AIREG202): the <c>IConfiguration</c>
/// indexer, <c>IConfigurationSection.Value</c>, <c>GetValue&lt;T&gt;</c>, and what <c>bool.Parse</c>,
/// <c>Convert.ToBoolean</c> or a comparison make of them, followed through locals and the
/// application's own methods by the flow core. A switch set from such a value is one edit of a
/// settings file away from recording every prompt in production.
/// </summary>
internal sealed class ConfigurationValueSource : IValueSource<IOperation>
{
    private readonly INamedTypeSymbol _configuration;

    public ConfigurationValueSource(INamedTypeSymbol configuration) => _configuration = configuration;

    public bool FollowsMemberWrites => false;

    public IValueSource<IOperation> Summarized => this;

    public Traced<IOperation> Inspect(IOperation operation, CarrierUse use, ValueFlow<IOperation> flow)
    {
        switch (operation)
        {
            case IPropertyReferenceOperation { Property.IsIndexer: true, Instance.Type: { } type } when IsConfiguration(type):
            case IPropertyReferenceOperation { Property.Name: "Value", Instance.Type: { } section } when IsConfiguration(section):
            case IInvocationOperation { TargetMethod.Name: "GetValue", TargetMethod.ContainingType: { Name: "ConfigurationBinder" } binder }
                when binder.ContainingNamespace.IsNamespace("Microsoft.Extensions.Configuration"):
                return Traced<IOperation>.Found(operation);
            default:
                return Traced<IOperation>.Unknown;
        }
    }

    public Traced<IOperation> Leaf(IOperation operation, CarrierUse use, ValueFlow<IOperation> flow)
    {
        // bool.Parse(config["x"]), Convert.ToBoolean(...), string.Equals(config["x"], "true", ...), config["x"].Equals("true").
        if (operation is not IInvocationOperation { TargetMethod: { } method } invocation
            || method.Name is not ("Parse" or "ToBoolean" or "Equals" or "Contains")
            || method.ContainingType?.SpecialType is not (SpecialType.System_Boolean or SpecialType.System_String)
                && method.ContainingType?.Name != "Convert")
        {
            return Traced<IOperation>.Unknown;
        }

        if (invocation.Instance is { } instance && flow.Follow(instance, CarrierUse.Stringified) is { IsFound: true } fromInstance)
        {
            return fromInstance;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (flow.Follow(argument.Value, CarrierUse.Stringified) is { IsFound: true } found)
            {
                return found;
            }
        }

        return Traced<IOperation>.Unknown;
    }

    public IOperation AtCall(IOperation found, IOperation call) => call;

    private bool IsConfiguration(ITypeSymbol type) =>
        SymbolEqualityComparer.Default.Equals(type, _configuration) || type.AllInterfaces.Contains(_configuration, SymbolEqualityComparer.Default);
}
