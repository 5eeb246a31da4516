namespace AiRegAnalyzers.Sinks;

/// <summary>The constructor arguments of a thrown exception (its message ends up in logs, error pages and telemetry), as a <see cref="SinkCatalogue"/>.</summary>
internal sealed class ExceptionSinkCatalogue : SinkCatalogue
{
    private readonly INamedTypeSymbol _exception;

    public ExceptionSinkCatalogue(INamedTypeSymbol exception) => _exception = exception;

    public override IEnumerable<string>? SiteNames { get; } = [WrapperScreen.Throw];

    public override bool MayBeSink(IOperation site) => site is IThrowOperation && Thrown(site) is not null;

    public override void Collect(IOperation site, List<SinkValue> values)
    {
        if (Thrown(site) is not { Constructor: { } constructor } creation)
        {
            return;
        }

        var typeName = constructor.ContainingType.Name;
        foreach (var argument in creation.Arguments)
        {
            var parameterType = argument.Parameter?.Type;
            if (argument.Value is null || parameterType.InheritsFromOrEquals(_exception) || PersonalDataScope.IsNeverPersonal(parameterType))
            {
                // The inner exception, flags and enums are not message text.
                continue;
            }

            values.Add(new SinkValue(argument.Value, CarrierUse.Stringified, typeName, SinkValueOptions.SplitHoles | SinkValueOptions.SplitConcatenation));
        }
    }

    private IObjectCreationOperation? Thrown(IOperation site)
    {
        var thrown = ((IThrowOperation)site).Exception;
        while (thrown is IConversionOperation conversion)
        {
            thrown = conversion.Operand;
        }

        return thrown is IObjectCreationOperation { Constructor: { } constructor, Arguments.IsEmpty: false } creation
            && constructor.ContainingType.InheritsFromOrEquals(_exception)
            ? creation
            : null;
    }
}
