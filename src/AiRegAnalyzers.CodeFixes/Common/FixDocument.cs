using System.Threading.Tasks;
using AiRegAnalyzers.Options;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiRegAnalyzers.CodeFixes.Common;

/// <summary>The document a provider looks at: its syntax root, semantic model and options, read once.</summary>
internal sealed class FixDocument
{
    private FixDocument(Document document, SyntaxNode root, SemanticModel model, CancellationToken cancellationToken)
    {
        Document = document;
        Root = root;
        Model = model;
        CancellationToken = cancellationToken;
    }

    public Document Document { get; }

    public SyntaxNode Root { get; }

    public SemanticModel Model { get; }

    public Compilation Compilation => Model.Compilation;

    /// <summary>The token of the request that read the document (offers are computed under it).</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The <c>.editorconfig</c> options of the document.</summary>
    public AnalyzerConfigOptions Options => Document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(Root.SyntaxTree);

    /// <summary>The option's value for this document and rule, or <see langword="null"/>.</summary>
    public string? Read(StringOption option, string ruleId) => option.Read(Options, ruleId);

    /// <summary>The innermost node at the diagnostic's location.</summary>
    public SyntaxNode NodeAt(Diagnostic diagnostic) => Root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);

    /// <summary>The expression at the diagnostic's location (the argument's expression when it marks a whole argument).</summary>
    public ExpressionSyntax? ExpressionAt(Diagnostic diagnostic) => DiagnosticSyntax.FindExpression(Root, diagnostic);

    public static async Task<FixDocument?> CreateAsync(Document document, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        return root is null || model is null ? null : new FixDocument(document, root, model, cancellationToken);
    }
}
