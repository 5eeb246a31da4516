using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRegAnalyzers.Transport;

/// <summary>
/// AIREG403: <c>http://</c>, <c>ftp://</c> and <c>telnet://</c> literals used as endpoints (see
/// <see cref="ClearTextEndpoints"/>: a library's network API or an endpoint-named setting) of a public
/// host; <c>SmtpClient</c>/<c>FtpWebRequest</c> with <c>EnableSsl = false</c>, and a local
/// <c>SmtpClient</c> whose <c>EnableSsl</c> is never set.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ClearTextProtocolAnalyzer() : AiRegAnalyzer(Descriptors.AIREG403_ClearTextProtocol)
{
    /// <summary>Extra hosts that may be reached in clear text (exact host, or <c>.suffix</c>/<c>*.suffix</c> for a domain and its subdomains).</summary>
    internal static readonly ListOption AllowedHosts = new("cleartext_allowed_hosts");

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        var uri = start.Compilation.GetTypeByMetadataName("System.Uri");
        if (uri is null)
        {
            return;
        }

        var smtpClient = start.Compilation.GetTypeByMetadataName("System.Net.Mail.SmtpClient");
        var ftpWebRequest = start.Compilation.GetTypeByMetadataName("System.Net.FtpWebRequest");
        var hosts = new PerTreeCache<string[]>(start.Options, o => [.. AllowedHosts.Read(o, RuleIds.ClearTextProtocol)]);
        start.RegisterOperationAction(ctx => AnalyzeLiteral(ctx, uri, ftpWebRequest, hosts), OperationKind.Literal);
        start.RegisterOperationAction(ctx => AnalyzeInterpolation(ctx, uri, ftpWebRequest, hosts), OperationKind.InterpolatedString);
        if (smtpClient is not null || ftpWebRequest is not null)
        {
            start.RegisterOperationAction(ctx => AnalyzeEnableSslFalse(ctx, smtpClient, ftpWebRequest), OperationKind.SimpleAssignment);
        }

        if (smtpClient is not null)
        {
            start.RegisterOperationAction(ctx => AnalyzeSmtpCreation(ctx, smtpClient), OperationKind.ObjectCreation);
        }
    }

    private static void AnalyzeLiteral(OperationAnalysisContext context, INamedTypeSymbol uri, INamedTypeSymbol? ftp, PerTreeCache<string[]> hosts)
    {
        var literal = (ILiteralOperation)context.Operation;
        if (LiteralText.Of(literal) is not { Length: >= 8 } text || literal.Parent is IInterpolatedStringContentOperation)
        {
            return;
        }

        AnalyzeUrl(context, literal, text, wholeUrl: true, uri, ftp, hosts);
    }

    private static void AnalyzeInterpolation(OperationAnalysisContext context, INamedTypeSymbol uri, INamedTypeSymbol? ftp, PerTreeCache<string[]> hosts)
    {
        var interpolated = (IInterpolatedStringOperation)context.Operation;
        if (interpolated.Parts.IsEmpty
            || interpolated.Parts[0] is not IInterpolatedStringTextOperation { Text.ConstantValue.Value: string text }
            || text.Length < 8)
        {
            return;
        }

        AnalyzeUrl(context, interpolated, text, wholeUrl: interpolated.Parts.Length == 1, uri, ftp, hosts);
    }

    private static void AnalyzeUrl(
        OperationAnalysisContext context,
        IOperation operation,
        string text,
        bool wholeUrl,
        INamedTypeSymbol uri,
        INamedTypeSymbol? ftp,
        PerTreeCache<string[]> hostsCache)
    {
        var scheme = ClearTextScheme(text);
        if (scheme is null)
        {
            return;
        }

        var host = ExtractHost(text, scheme.Length + 3, wholeUrl);
        if (host is null || ClearTextEndpoints.IsAllowedHost(host, hostsCache.Get(operation.Syntax.SyntaxTree)))
        {
            return;
        }

        if (!ClearTextEndpoints.IsUsedAsEndpoint(operation, uri, PersonalDataModel.Get(context.Compilation, context.Options).Application) || IsInAttribute(operation.Syntax))
        {
            return;
        }

        if (scheme == "ftp" && ftp is not null && BlockEnablesFtpSsl(operation, ftp))
        {
            return;
        }

        var properties = scheme == "http"
            ? ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.FixKind, nameof(FixKind.Https))
            : ImmutableDictionary<string, string?>.Empty;
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.AIREG403_ClearTextProtocol, operation.Syntax.GetLocation(), properties, scheme + "://" + host));
    }

    /// <summary><c>http</c>, <c>ftp</c> or <c>telnet</c> when <paramref name="text"/> starts with that scheme, else <see langword="null"/>.</summary>
    internal static string? ClearTextScheme(string text)
    {
        if (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            return "http";
        }

        if (text.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase))
        {
            return "ftp";
        }

        return text.StartsWith("telnet://", StringComparison.OrdinalIgnoreCase) ? "telnet" : null;
    }

    /// <summary>The lower-case host, or <see langword="null"/> when it is empty, a placeholder or not known in full.</summary>
    internal static string? ExtractHost(string text, int start, bool wholeUrl)
    {
        var end = text.Length;
        var terminated = false;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '/' or '?' or '#' or '\\')
            {
                end = i;
                terminated = true;
                break;
            }
        }

        if (!terminated && !wholeUrl)
        {
            return null;
        }

        var authority = text.Substring(start, end - start);
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            authority = authority.Substring(at + 1);
        }

        string host;
        if (authority.StartsWith("[", StringComparison.Ordinal))
        {
            var close = authority.IndexOf(']');
            host = close > 0 ? authority.Substring(0, close + 1) : authority;
        }
        else
        {
            var colon = authority.IndexOf(':');
            host = colon >= 0 ? authority.Substring(0, colon) : authority;
        }

        if (host.Length == 0 || host.IndexOfAny(['{', '}', '<', '>', '%', '$', ' ', '*']) >= 0)
        {
            return null;
        }

        return host.ToLowerInvariant();
    }

    private static bool IsInAttribute(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (current is AttributeSyntax)
            {
                return true;
            }

            if (current is StatementSyntax or MemberDeclarationSyntax)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>An <c>ftp://</c> address is FTPS when the same code block sets <c>FtpWebRequest.EnableSsl = true</c>.</summary>
    private static bool BlockEnablesFtpSsl(IOperation operation, INamedTypeSymbol ftp)
    {
        var root = operation;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        foreach (var descendant in root.Descendants())
        {
            if (descendant is ISimpleAssignmentOperation
                {
                    Target: IPropertyReferenceOperation { Property: { Name: "EnableSsl" } property },
                    Value.ConstantValue: { HasValue: true, Value: true },
                }
                && SymbolEqualityComparer.Default.Equals(property.ContainingType, ftp))
            {
                return true;
            }
        }

        return false;
    }

    private static void AnalyzeEnableSslFalse(OperationAnalysisContext context, INamedTypeSymbol? smtp, INamedTypeSymbol? ftp)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation { Property: { Name: "EnableSsl" } property }
            || assignment.Value.ConstantValue is not { HasValue: true, Value: false })
        {
            return;
        }

        var type = property.ContainingType;
        if (!SymbolEqualityComparer.Default.Equals(type, smtp) && !SymbolEqualityComparer.Default.Equals(type, ftp))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.AIREG403_ClearTextProtocol,
            assignment.Syntax.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.FixKind, nameof(FixKind.EnableSsl)),
            type.Name + ".EnableSsl = false"));
    }

    /// <summary>
    /// <c>new SmtpClient(...)</c> whose <c>EnableSsl</c> is set neither in its initializer nor, when it is
    /// kept in a local, anywhere in the same code block. Clients stored in fields or properties may be
    /// configured elsewhere and are left alone; a loopback host and a pickup-directory delivery are fine.
    /// </summary>
    private static void AnalyzeSmtpCreation(OperationAnalysisContext context, INamedTypeSymbol smtp)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (!SymbolEqualityComparer.Default.Equals(creation.Type, smtp))
        {
            return;
        }

        if (creation.Arguments.Length > 0
            && creation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string host }
            && ClearTextEndpoints.IsAllowedHost(host.ToLowerInvariant(), []))
        {
            return;
        }

        if (creation.Initializer is { } initializer)
        {
            foreach (var member in initializer.Initializers)
            {
                if (member is ISimpleAssignmentOperation { Target: IMemberReferenceOperation { Member.Name: "EnableSsl" or "DeliveryMethod" or "PickupDirectoryLocation" } })
                {
                    return;
                }
            }
        }

        var parent = creation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        ILocalSymbol? local = null;
        if (parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator })
        {
            local = declarator.Symbol;
        }
        else if (parent is IAssignmentOperation or IFieldInitializerOperation or IPropertyInitializerOperation or IReturnOperation)
        {
            return;
        }

        if (local is not null)
        {
            var root = creation.Parent;
            while (root?.Parent is not null)
            {
                root = root.Parent;
            }

            foreach (var descendant in root!.Descendants())
            {
                if (descendant is ISimpleAssignmentOperation
                    {
                        Target: IPropertyReferenceOperation { Property.Name: "EnableSsl" or "DeliveryMethod" or "PickupDirectoryLocation", Instance: ILocalReferenceOperation reference },
                    }
                    && SymbolEqualityComparer.Default.Equals(reference.Local, local))
                {
                    return;
                }
            }
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.AIREG403_ClearTextProtocol,
            creation.Syntax.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.FixKind, nameof(FixKind.AddEnableSsl)),
            "SmtpClient"));
    }
}
