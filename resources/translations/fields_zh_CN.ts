<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>NumberBox</name>
    <message>
        <source>Type a number.</source>
        <translation>请输入一个数。</translation>
    </message>
    <message>
        <source>“%1” is not a number here: the decimal separator is a point (1.5).</source>
        <translation>“%1”在这里不是一个数：小数点要用英文句点（例如 1.5）。</translation>
    </message>
    <message>
        <source>“%1” is not a finite number.</source>
        <translation>“%1”不是有限的数。</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>%1 is below %2, the smallest this field takes.</source>
        <translation>%1 小于 %2，这是此处允许的最小值。</translation>
    </message>
    <message>
        <source>%1 is above %2, the largest this field takes.</source>
        <translation>%1 大于 %2，这是此处允许的最大值。</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1”不是一个数。</translation>
    </message>
</context>
</TS>
