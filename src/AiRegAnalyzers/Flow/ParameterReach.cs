namespace AiRegAnalyzers.Flow;

/// <summary>
/// The source of no rule: used to learn only which parameters of a summarized method a value
/// comes from (<see cref="ValueFlow{T}.Reached"/>), for sink and pass-through summaries.
/// </summary>
internal sealed class ParameterReach : IValueSource<string>
{
    public static readonly ParameterReach Instance = new();

    private ParameterReach()
    {
    }

    public bool FollowsMemberWrites => false;

    public IValueSource<string> Summarized => this;

    public Traced<string> Inspect(IOperation operation, CarrierUse use, ValueFlow<string> flow) =>
        operation.ConstantValue.HasValue || operation is ILiteralOperation or INameOfOperation or ITypeOfOperation or IDefaultValueOperation
            ? Traced<string>.Clean
            : Traced<string>.Unknown;

    public Traced<string> Leaf(IOperation operation, CarrierUse use, ValueFlow<string> flow) => Traced<string>.Unknown;

    public string AtCall(string found, IOperation call) => found;
}
