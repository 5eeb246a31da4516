namespace AiRegAnalyzers.CodeFixes.Privacy;

/// <summary>
/// AIREG103 fix: add the project's protection attribute (the first entry of
/// <c>aireg.protection_attributes</c> that names an attribute with a parameterless constructor)
/// to the property. Not offered when no such attribute is configured: the package cannot know
/// how the project encrypts its columns.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SensitiveDataPersistedInClearTextCodeFixProvider)), Shared]
public sealed class SensitiveDataPersistedInClearTextCodeFixProvider() : AiRegCodeFixProvider(RuleIds.SensitiveDataPersistedInClearText, FixKind.AddAttribute)
{
    private protected override void Offer(FixDocument document, Diagnostic diagnostic, List<FixOffer> offers)
    {
        if (diagnostic.Get(DiagnosticProperties.ProtectionAttribute) is { } attribute && Property(document.Root, diagnostic) is { } property)
        {
            var name = attribute.EndsWith("Attribute", System.StringComparison.Ordinal) ? attribute.Substring(0, attribute.Length - "Attribute".Length) : attribute;
            offers.Add(new FixOffer(FixKind.AddAttribute, edits => edits.Edit(property, rewritten => AddAttribute((PropertyDeclarationSyntax)rewritten, name)), name.Substring(name.LastIndexOf('.') + 1)));
        }
    }

    private static PropertyDeclarationSyntax? Property(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.FirstAncestorOrSelf<PropertyDeclarationSyntax>();

    /// <summary>
    /// <c>global::Clinic.Security.Encrypted</c> → <c>[Encrypted]</c>, simplified against the file's usings; the
    /// attribute takes the property's place (comments, indentation) and the property follows on the next line.
    /// </summary>
    private static PropertyDeclarationSyntax AddAttribute(PropertyDeclarationSyntax property, string name)
    {
        var attribute = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(
            SyntaxFactory.Attribute((NameSyntax)SyntaxFactory.ParseName(name).WithAdditionalAnnotations(Simplifier.Annotation))));
        var leading = property.GetLeadingTrivia();
        var indentation = leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia)
            ? SyntaxFactory.TriviaList(leading[leading.Count - 1])
            : SyntaxFactory.TriviaList();
        var stripped = property.WithLeadingTrivia(indentation);
        return stripped.WithAttributeLists(stripped.AttributeLists.Insert(0, attribute.WithLeadingTrivia(leading).WithTrailingTrivia(SyntaxFactory.EndOfLine("\n"))));
    }
}
