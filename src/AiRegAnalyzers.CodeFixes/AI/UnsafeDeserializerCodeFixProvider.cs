namespace AiRegAnalyzers.CodeFixes.AI;

/// <summary>
/// AIREG204 fix for Newtonsoft.Json: set <c>TypeNameHandling</c> to <c>TypeNameHandling.None</c>.
/// The formatters (<c>BinaryFormatter</c> and the like), the type resolvers and .NET Remoting's
/// <c>TypeFilterLevel.Full</c> get no fix: replacing them needs a new data format or a new design,
/// which no mechanical edit can choose.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnsafeDeserializerCodeFixProvider)), Shared]
public sealed class UnsafeDeserializerCodeFixProvider() : AiRegCodeFixProvider(RuleIds.UnsafeDeserializer, FixKind.TypeNameHandlingNone)
{
    private const string TypeNameHandling = "Newtonsoft.Json.TypeNameHandling";

    /// <summary>
    /// Only a <c>TypeNameHandling</c> value: the right-hand side of an assignment or a named attribute
    /// argument whose type is Newtonsoft's enum. A formatter created on the right of an assignment
    /// (<c>_formatter = new BinaryFormatter()</c>) sits in the same place and must not be "fixed".
    /// </summary>
    private protected override void Offer(FixDocument document, Diagnostic diagnostic, List<FixOffer> offers)
    {
        if (document.NodeAt(diagnostic) is ExpressionSyntax value
            && (value.Parent is AssignmentExpressionSyntax assignment && assignment.Right == value || value.Parent is AttributeArgumentSyntax { NameEquals: not null })
            && document.Model.GetTypeInfo(value, document.CancellationToken).ConvertedType is { } type
            && SymbolEqualityComparer.Default.Equals(type, document.Compilation.GetTypeByMetadataName(TypeNameHandling)))
        {
            var none = SyntaxFactory.ParseExpression("global::" + TypeNameHandling + ".None").WithAdditionalAnnotations(Simplifier.Annotation);
            offers.Add(new FixOffer(FixKind.TypeNameHandlingNone, edits => edits.Replace(value, none)));
        }
    }
}
