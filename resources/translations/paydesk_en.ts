<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>paydesk::JournalPage</name>
    <message numerus="yes">
        <source>Exported %Ln entries to %1</source>
        <translation>
            <numerusform>Exported %Ln entry to %1</numerusform>
            <numerusform>Exported %Ln entries to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::JournalReport</name>
    <message numerus="yes">
        <source>%1: %n sales not yet forwarded (at %2)</source>
        <translation>
            <numerusform>%1: %n sale not yet forwarded (at %2)</numerusform>
            <numerusform>%1: %n sales not yet forwarded (at %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::MainWindow</name>
    <message numerus="yes">
        <source>Store journal unreachable: %n sales kept on this till, sent on when it returns</source>
        <translation>
            <numerusform>Store journal unreachable: %n sale kept on this till, sent on when it returns</numerusform>
            <numerusform>Store journal unreachable: %n sales kept on this till, sent on when it returns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::ReportPage</name>
    <message numerus="yes">
        <source>%1: %Ln sale attempts, %2 paid</source>
        <translation>
            <numerusform>%1: %Ln sale attempt, %2 paid</numerusform>
            <numerusform>%1: %Ln sale attempts, %2 paid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln sale(s)</source>
        <translation>
            <numerusform>%1: %Ln sale</numerusform>
            <numerusform>%1: %Ln sales</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::StoreTillsView</name>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>%Ln min ago</numerusform>
            <numerusform>%Ln min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>%Ln h ago</numerusform>
            <numerusform>%Ln h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s)</source>
        <translation>
            <numerusform>%Ln sale</numerusform>
            <numerusform>%Ln sales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln till(s), every one up to date.</source>
        <translation>
            <numerusform>%Ln till, up to date.</numerusform>
            <numerusform>%Ln tills, every one up to date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln till(s): </source>
        <translation>
            <numerusform>%Ln till: </numerusform>
            <numerusform>%Ln tills: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with sales not yet forwarded</source>
        <translation>
            <numerusform>%Ln with sales not yet forwarded</numerusform>
            <numerusform>%Ln with sales not yet forwarded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not reporting</source>
        <translation>
            <numerusform>%Ln not reporting</numerusform>
            <numerusform>%Ln not reporting</numerusform>
        </translation>
    </message>
</context>
</TS>
