using System.Threading;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRegAnalyzers.Transport;

/// <summary>
/// The flags the cookie policy middleware forces on every ASP.NET Core cookie of the application:
/// <c>CookiePolicyOptions.Secure = CookieSecurePolicy.Always</c> and <c>HttpOnly = HttpOnlyPolicy.Always</c>
/// (in <c>Configure&lt;CookiePolicyOptions&gt;</c>, <c>AddCookiePolicy</c> or <c>UseCookiePolicy(new …)</c>),
/// with <c>UseCookiePolicy</c> called somewhere in the compilation. Computed once per compilation,
/// on the first finding that it could silence; only the files that mention the policy are parsed
/// further than a text search.
/// </summary>
internal sealed class ForcedCookieFlags
{
    private readonly Compilation _compilation;
    private readonly INamedTypeSymbol? _policyOptions;
    private int _flags = -1;

    public ForcedCookieFlags(Compilation compilation)
    {
        _compilation = compilation;
        _policyOptions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.CookiePolicyOptions");
    }

    public CookieFlags Get(CancellationToken cancellationToken)
    {
        var flags = Volatile.Read(ref _flags);
        if (flags < 0)
        {
            flags = (int)Compute(cancellationToken);
            Volatile.Write(ref _flags, flags);
        }

        return (CookieFlags)flags;
    }

    private CookieFlags Compute(CancellationToken cancellationToken)
    {
        if (_policyOptions is null)
        {
            return CookieFlags.None;
        }

        var used = false;
        var forced = CookieFlags.None;
        foreach (var tree in _compilation.SyntaxTrees)
        {
            var text = tree.GetText(cancellationToken);
            used = used || SourceTextSearch.Contains(text, "UseCookiePolicy");
            if (!SourceTextSearch.Contains(text, "Policy.Always"))
            {
                continue;
            }

#pragma warning disable RS1030 // The policy is configured once for the application, usually in another file than the cookie.
            var model = _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                if (node is AssignmentExpressionSyntax { Right: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Always" } } assignment
                    && model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol is IPropertySymbol { Name: "Secure" or "HttpOnly" } property
                    && SymbolEqualityComparer.Default.Equals(property.ContainingType, _policyOptions))
                {
                    forced |= CookieFlagsSource.Flag(property.Name);
                }
            }
        }

        return used ? forced : CookieFlags.None;
    }
}
