using AiRegAnalyzers.Common;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiRegAnalyzers.Transport;

/// <summary>
/// AIREG404: a <c>new CookieOptions</c> that reaches <c>IResponseCookies.Append</c> without setting
/// <c>Secure</c> or <c>HttpOnly</c>; <c>Secure</c>/<c>HttpOnly</c> set to <c>false</c> on
/// <c>CookieOptions</c>, <c>CookieBuilder</c> (cookie authentication, session, antiforgery) or
/// <c>System.Web.HttpCookie</c>; <c>CookieSecurePolicy.None</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InsecureCookieAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.AIREG404_InsecureCookie);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var compilation = start.Compilation;
            var cookieOptions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.CookieOptions");
            var cookieBuilder = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.CookieBuilder");
            var securePolicy = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.CookieSecurePolicy");
            var responseCookies = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.IResponseCookies");
            var httpCookie = compilation.GetTypeByMetadataName("System.Web.HttpCookie");
            if (cookieOptions is null && cookieBuilder is null && httpCookie is null)
            {
                return;
            }

            start.RegisterOperationAction(ctx => AnalyzeFalseAssignment(ctx, cookieOptions, cookieBuilder, httpCookie, responseCookies), OperationKind.SimpleAssignment);
            if (securePolicy is not null)
            {
                start.RegisterOperationAction(ctx => AnalyzeSecurePolicyNone(ctx, securePolicy), OperationKind.FieldReference);
            }

            if (cookieOptions is not null && responseCookies is not null)
            {
                start.RegisterOperationAction(ctx => AnalyzeCreation(ctx, cookieOptions, responseCookies), OperationKind.ObjectCreation);
            }
        });
    }

    private static void AnalyzeFalseAssignment(
        OperationAnalysisContext context, INamedTypeSymbol? options, INamedTypeSymbol? builder, INamedTypeSymbol? httpCookie, INamedTypeSymbol? responseCookies)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation { Property: { Name: "Secure" or "HttpOnly" } property } target
            || assignment.Value.ConstantValue is not { HasValue: true, Value: false })
        {
            return;
        }

        var type = property.ContainingType;
        if (!SymbolEqualityComparer.Default.Equals(type, options)
            && !SymbolEqualityComparer.Default.Equals(type, builder)
            && !SymbolEqualityComparer.Default.Equals(type, httpCookie))
        {
            return;
        }

        string? cookieName = null;
        if (responseCookies is not null && SymbolEqualityComparer.Default.Equals(type, options) && FindAppend(assignment, target.Instance, responseCookies) is { } append)
        {
            var purpose = CookiePurposes.Of(append);
            if (purpose == CookiePurpose.Preference || (purpose == CookiePurpose.ScriptReadableToken && property.Name == "HttpOnly"))
            {
                return;
            }

            cookieName = CookieName(append);
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.AIREG404_InsecureCookie,
            assignment.Syntax.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.FixKind, nameof(FixKind.SetTrue)),
            cookieName ?? Describe(target.Instance, type),
            property.Name));
    }

    private static void AnalyzeSecurePolicyNone(OperationAnalysisContext context, INamedTypeSymbol securePolicy)
    {
        var reference = (IFieldReferenceOperation)context.Operation;
        if (reference.Field.Name != "None" || !SymbolEqualityComparer.Default.Equals(reference.Field.ContainingType, securePolicy))
        {
            return;
        }

        var parent = reference.Parent.WalkUpConversions();

        if (parent is IBinaryOperation or IPatternOperation or ICaseClauseOperation)
        {
            return;
        }

        var subject = parent is IAssignmentOperation { Target: IPropertyReferenceOperation target }
            ? Describe(target.Instance, target.Property.ContainingType)
            : "CookieSecurePolicy.None";
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.AIREG404_InsecureCookie,
            reference.Syntax.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.FixKind, nameof(FixKind.SecurePolicyAlways)),
            subject,
            "Secure"));
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, INamedTypeSymbol cookieOptions, INamedTypeSymbol responseCookies)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (!SymbolEqualityComparer.Default.Equals(creation.Type, cookieOptions) || creation.Arguments.Length > 0)
        {
            // The copy constructor carries the flags of the options it copies.
            return;
        }

        bool secureSet = false, httpOnlySet = false;
        if (creation.Initializer is { } initializer)
        {
            foreach (var member in initializer.Initializers)
            {
                if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: var name } })
                {
                    secureSet |= name == "Secure";
                    httpOnlySet |= name == "HttpOnly";
                }
            }
        }

        if (secureSet && httpOnlySet)
        {
            return;
        }

        if (FindAppend(creation, responseCookies, ref secureSet, ref httpOnlySet) is not { } append)
        {
            return;
        }

        switch (CookiePurposes.Of(append))
        {
            case CookiePurpose.Preference:
                return;
            case CookiePurpose.ScriptReadableToken:
                // Read by the page's script by design: only Secure is expected.
                httpOnlySet = true;
                break;
        }

        if (secureSet && httpOnlySet)
        {
            return;
        }

        var cookieName = CookieName(append);
        var missing = !secureSet && !httpOnlySet ? "Secure, HttpOnly" : !secureSet ? "Secure" : "HttpOnly";
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.AIREG404_InsecureCookie,
            creation.Syntax.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.FixKind, nameof(FixKind.AddFlags)).Add(DiagnosticProperties.MissingFlags, missing.Replace(" ", string.Empty)),
            cookieName ?? "CookieOptions",
            missing));
    }

    /// <summary>
    /// The <c>Append</c> call that <paramref name="creation"/> reaches: as its argument, or through the
    /// local it initializes (whose flag assignments in the same body are added to the flags).
    /// </summary>
    private static IInvocationOperation? FindAppend(IObjectCreationOperation creation, INamedTypeSymbol responseCookies, ref bool secureSet, ref bool httpOnlySet)
    {
        var parent = creation.Parent.WalkUpConversions();
        if (parent is IArgumentOperation { Parent: IInvocationOperation invocation })
        {
            return IsAppend(invocation, responseCookies) ? invocation : null;
        }

        if (parent is not IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: { } local } })
        {
            return null;
        }

        IInvocationOperation? append = null;
        foreach (var descendant in parent.Root().Descendants())
        {
            switch (descendant)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: var name, Instance: ILocalReferenceOperation instance } }
                    when SymbolEqualityComparer.Default.Equals(instance.Local, local):
                    secureSet |= name == "Secure";
                    httpOnlySet |= name == "HttpOnly";
                    break;
                case IInvocationOperation call when append is null && IsAppend(call, responseCookies) && PassesLocal(call, local):
                    append = call;
                    break;
            }
        }

        return append;
    }

    /// <summary>The <c>Append</c> call that receives the options a flag assignment writes to (in an initializer or through a local).</summary>
    private static IInvocationOperation? FindAppend(ISimpleAssignmentOperation assignment, IOperation? instance, INamedTypeSymbol responseCookies)
    {
        bool ignored = false;
        if (instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
            && assignment.Parent is IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation creation })
        {
            return FindAppend(creation, responseCookies, ref ignored, ref ignored);
        }

        if (instance is ILocalReferenceOperation reference)
        {
            foreach (var descendant in assignment.Root().Descendants())
            {
                if (descendant is IInvocationOperation call && IsAppend(call, responseCookies) && PassesLocal(call, reference.Local))
                {
                    return call;
                }
            }
        }

        return null;
    }

    private static bool IsAppend(IInvocationOperation invocation, INamedTypeSymbol responseCookies)
    {
        var method = invocation.TargetMethod;
        if (method.Name != "Append")
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(method.ContainingType, responseCookies))
        {
            return true;
        }

        foreach (var implemented in method.ContainingType.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented, responseCookies))
            {
                return true;
            }
        }

        return false;
    }

    private static bool PassesLocal(IInvocationOperation invocation, ILocalSymbol local)
    {
        foreach (var argument in invocation.Arguments)
        {
            var value = argument.Value;
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            if (value is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                return true;
            }
        }

        return false;
    }

    private static string? CookieName(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == "key")
            {
                return argument.Value.ConstantValue is { HasValue: true, Value: string name } ? name : argument.Value.Syntax.ToString();
            }
        }

        return null;
    }

    private static string Describe(IOperation? instance, INamedTypeSymbol type) =>
        instance is null or IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
            ? type.Name
            : instance.Syntax.ToString();
}
