using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using AiRegAnalyzers.Privacy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace AiRegAnalyzers.CodeFixes.Privacy;

/// <summary>
/// AIREG103 fix: add the project's protection attribute (the first entry of
/// <c>aireg.protection_attributes</c> that names an attribute with a parameterless constructor)
/// to the property. Not offered when no such attribute is configured: the package cannot know
/// how the project encrypts its columns.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SensitiveDataPersistedInClearTextCodeFixProvider)), Shared]
public sealed class SensitiveDataPersistedInClearTextCodeFixProvider : CodeFixProvider
{
    internal const string AddAttributeKey = "AIREG103.AddAttribute";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("AIREG103");

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(async (context, document, diagnostics) =>
        context.CodeActionEquivalenceKey == AddAttributeKey ? await AddAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false) : null);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (AttributeName(diagnostic) is { } attribute && Property(root, diagnostic) is not null)
            {
                var shortName = attribute.Substring(attribute.LastIndexOf('.') + 1);
                if (shortName.EndsWith("Attribute", System.StringComparison.Ordinal))
                {
                    shortName = shortName.Substring(0, shortName.Length - "Attribute".Length);
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        string.Format(CultureInfo.CurrentCulture, CodeFixResources.Get("AIREG103_AddAttributeTitle"), shortName),
                        ct => AddAsync(context.Document, [diagnostic], ct),
                        AddAttributeKey),
                    diagnostic);
            }
        }
    }

    private static string? AttributeName(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(SensitiveDataPersistedInClearTextAnalyzer.AttributeProperty, out var name) && !string.IsNullOrEmpty(name) ? name : null;

    private static PropertyDeclarationSyntax? Property(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.FirstAncestorOrSelf<PropertyDeclarationSyntax>();

    private static async Task<Document> AddAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var attributes = new Dictionary<PropertyDeclarationSyntax, string>();
        foreach (var diagnostic in diagnostics)
        {
            if (AttributeName(diagnostic) is { } name && Property(root, diagnostic) is { } property)
            {
                attributes[property] = name;
            }
        }

        var newRoot = root.ReplaceNodes(attributes.Keys, (original, rewritten) =>
        {
            // global::Clinic.Security.EncryptedAttribute → [Encrypted], simplified against the file's usings.
            var name = attributes[original];
            if (name.EndsWith("Attribute", System.StringComparison.Ordinal))
            {
                name = name.Substring(0, name.Length - "Attribute".Length);
            }

            var attribute = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.Attribute((NameSyntax)SyntaxFactory.ParseName(name).WithAdditionalAnnotations(Simplifier.Annotation))));
            // The attribute takes the property's place (comments, indentation); the property follows on the next line.
            var leading = rewritten.GetLeadingTrivia();
            var indentation = leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia)
                ? SyntaxFactory.TriviaList(leading[leading.Count - 1])
                : SyntaxFactory.TriviaList();
            var stripped = rewritten.WithLeadingTrivia(indentation);
            return stripped.WithAttributeLists(stripped.AttributeLists.Insert(0, attribute.WithLeadingTrivia(leading).WithTrailingTrivia(SyntaxFactory.EndOfLine("\n"))));
        });
        return document.WithSyntaxRoot(newRoot);
    }
}
