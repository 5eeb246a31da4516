using System.Composition;
using AiRegAnalyzers.CodeFixes.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace AiRegAnalyzers.CodeFixes.AI;

/// <summary>
/// AIREG204 fix for Newtonsoft.Json: set <c>TypeNameHandling</c> to <c>TypeNameHandling.None</c>.
/// The formatters (<c>BinaryFormatter</c> and the like) get no fix: replacing them needs a new
/// data format, which no mechanical edit can choose.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnsafeDeserializerCodeFixProvider)), Shared]
public sealed class UnsafeDeserializerCodeFixProvider : ReplaceValueCodeFixProvider
{
    internal const string NoneKey = "AIREG204.TypeNameHandlingNone";

    public UnsafeDeserializerCodeFixProvider()
        : base("AIREG204", NoneKey, "AIREG204_TypeNameHandlingNoneTitle")
    {
    }

    protected override ExpressionSyntax CreateReplacement(ExpressionSyntax value, Diagnostic diagnostic) =>
        SyntaxFactory.ParseExpression("global::Newtonsoft.Json.TypeNameHandling.None").WithAdditionalAnnotations(Simplifier.Annotation);

    /// <summary>The right-hand side of a <c>TypeNameHandling = ...</c> assignment or attribute argument (not a formatter creation).</summary>
    protected override ExpressionSyntax? FindValue(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is ExpressionSyntax expression
        && (expression.Parent is AssignmentExpressionSyntax assignment && assignment.Right == expression
            || expression.Parent is AttributeArgumentSyntax { NameEquals: not null })
            ? expression
            : null;
}
