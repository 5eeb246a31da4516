using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRegAnalyzers.Transport;

/// <summary>
/// A certificate validation callback that accepts everything, as a source of the flow core
/// (AIREG401): a lambda, anonymous method, method or local function that returns <c>true</c> on
/// every path, or <c>HttpClientHandler.DangerousAcceptAnyServerCertificateValidator</c>; found
/// where it is written, in a local, a field or property the type sets, or a method's result.
/// </summary>
internal sealed class AlwaysTrueValidatorSource : IValueSource<IOperation>
{
    public const string DangerousValidatorName = "DangerousAcceptAnyServerCertificateValidator";

    public static readonly AlwaysTrueValidatorSource Instance = new();

    private AlwaysTrueValidatorSource()
    {
    }

    public bool FollowsMemberWrites => true;

    public IValueSource<IOperation> Summarized => this;

    public Traced<IOperation> Inspect(IOperation operation, CarrierUse use, ValueFlow<IOperation> flow)
    {
        switch (operation)
        {
            case IPropertyReferenceOperation { Property.Name: DangerousValidatorName }:
                return Traced<IOperation>.Found(operation);
            case IAnonymousFunctionOperation function:
                return Verdict(operation, function.Syntax switch
                {
                    LambdaExpressionSyntax lambda => CertificateValidationDisabledAnalyzer.BodyAlwaysReturnsTrue(lambda.Body),
                    AnonymousMethodExpressionSyntax anonymous => CertificateValidationDisabledAnalyzer.BodyAlwaysReturnsTrue(anonymous.Block),
                    _ => false,
                });
            case IMethodReferenceOperation { Method: { } method }:
                var references = method.OriginalDefinition.DeclaringSyntaxReferences;
                return Verdict(operation, references.Length == 1 && references[0].GetSyntax() switch
                {
                    MethodDeclarationSyntax declaration => CertificateValidationDisabledAnalyzer.BodyAlwaysReturnsTrue((SyntaxNode?)declaration.Body ?? declaration.ExpressionBody?.Expression),
                    LocalFunctionStatementSyntax local => CertificateValidationDisabledAnalyzer.BodyAlwaysReturnsTrue((SyntaxNode?)local.Body ?? local.ExpressionBody?.Expression),
                    _ => false,
                });
            case ILiteralOperation or IDefaultValueOperation:
                return Traced<IOperation>.Clean;
            default:
                return Traced<IOperation>.Unknown;
        }
    }

    public Traced<IOperation> Leaf(IOperation operation, CarrierUse use, ValueFlow<IOperation> flow) => Traced<IOperation>.Unknown;

    public IOperation AtCall(IOperation found, IOperation call) => found;

    private static Traced<IOperation> Verdict(IOperation operation, bool alwaysTrue) =>
        alwaysTrue ? Traced<IOperation>.Found(operation) : Traced<IOperation>.Clean;
}
